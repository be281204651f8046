export function privacyHtml(markdown: string): { title: string; body: string };
export function writePrivacyPage(markdownFile: string, htmlFile: string): Promise<void>;

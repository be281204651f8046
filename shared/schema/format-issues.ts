import type * as z from 'zod/mini';

/** What one issue says is wrong, in words a host's web editor or a developer reads. */
function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.message !== 'Invalid input') return issue.message;
  if (issue.code === 'invalid_type') return `must be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
  return 'is not valid';
}

/**
 * Each issue as its path (`services.0.contacts.0.url`; empty for the whole value) and what is wrong there: the
 * configurator lists them one by one, formatIssues joins them into one message.
 */
export function listIssues(issues: readonly z.core.$ZodIssue[]): { path: string; message: string }[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: describe(issue) }));
}

/**
 * The one formatter of schema errors: "services.0.contacts.0.url: must be an https:// address; …". An issue of
 * the whole value is named by `root` ("the JSON must be an object"); past `limit` issues, "and N more".
 */
export function formatIssues(
  issues: readonly z.core.$ZodIssue[],
  { root, limit = Number.POSITIVE_INFINITY }: { root: string; limit?: number },
): string {
  const shown = listIssues(issues.slice(0, limit)).map(({ path, message }) => {
    if (path) return `${path}: ${message}`;
    // An unknown field of the whole value reads on its own: "unknown field "x"".
    return message.startsWith('unknown field') ? message : `${root} ${message}`;
  });
  if (issues.length > shown.length) shown.push(`and ${issues.length - shown.length} more`);
  return shown.join('; ');
}

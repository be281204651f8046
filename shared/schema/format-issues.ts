import type * as z from 'zod/mini';

/** What one issue says is wrong, in words a host's web editor or a developer reads. */
function describe(issue: z.core.$ZodIssue): string {
  if (issue.message !== 'Invalid input') return issue.message;
  if (issue.code === 'invalid_type') return `must be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
  return 'is not valid';
}

/**
 * The one formatter of schema errors: "services.0.contacts.0.url: must be an https:// address; …". An issue of
 * the whole value is named by `root` ("the JSON must be an object"); past `limit` issues, "and N more".
 */
export function formatIssues(
  issues: readonly z.core.$ZodIssue[],
  { root, limit = Number.POSITIVE_INFINITY }: { root: string; limit?: number },
): string {
  const shown = issues.slice(0, limit).map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return `${path ? `${path}: ` : ''}unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    }
    return path ? `${path}: ${describe(issue)}` : `${root} ${describe(issue)}`;
  });
  if (issues.length > shown.length) shown.push(`and ${issues.length - shown.length} more`);
  return shown.join('; ');
}

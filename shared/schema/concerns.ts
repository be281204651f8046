// What a person's trouble is about, in the order the guide offers them. A plain list without zod, so that the
// guide shows its choices without the schemas; situation-schema.ts builds ConcernSchema from it.
export const CONCERNS = [
  'suicidal-thoughts',
  'self-harm',
  'psychosis',
  'depression',
  'anxiety',
  'panic',
  'stress',
  'sleep',
  'alcohol-drugs',
  'violence-abuse',
  'sexual-abuse',
  'bereaved-by-suicide',
  'loneliness',
  'other',
] as const;

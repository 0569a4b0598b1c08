import * as z from 'zod';
import type { ChecklistDefinition } from './types';

/** kebab-case: lower-case letters and digits separated by single hyphens. */
const idSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'moet kebab-case zijn (a-z, 0-9 en -), bijv. "eigen-opgave"',
  );

const textSchema = z.string().trim().min(1, 'mag niet leeg zijn');

/** Source numbers of the five seed documents. */
const sourceSchema = z.enum(['000', '001', '002', '003', '004'], {
  error: 'moet een bronnummer zijn: "000", "001", "002", "003" of "004"',
});
const sourcesSchema = z.array(sourceSchema).min(1, 'noem minstens één bron');

/** A site route: `/a/b`, no trailing slash, no anchor, no query, not external. */
export const routeSchema = z
  .string()
  .regex(
    /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*)?$/,
    'moet een route van deze site zijn, bijv. "/aanpak/randvoorwaarden" (begint met /, geen / aan het eind, geen # of ?)',
  );

const linkSchema = z.strictObject({ to: routeSchema, label: textSchema });

const itemSchema = z.strictObject({
  id: idSchema,
  label: textSchema,
  help: textSchema,
  link: linkSchema.optional(),
  sources: sourcesSchema,
});

const sectionSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  intro: textSchema.optional(),
  items: z.array(itemSchema).min(1, 'een onderdeel heeft minstens één vraag'),
});

const answerSchema = z.enum(['yes', 'no']);

const conditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('item-answer'), itemId: idSchema, answer: answerSchema }),
  z.strictObject({ kind: z.literal('section-any-covered'), sectionId: idSchema }),
  z.strictObject({ kind: z.literal('section-has-missing'), sectionId: idSchema }),
]);

const storageSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('memory') }),
  z.strictObject({
    kind: z.literal('localStorage'),
    key: z
      .string()
      .regex(
        /^bot075\.checklist\.[a-z0-9-]+$/,
        'moet de vorm "bot075.checklist.<id>" hebben, bijv. "bot075.checklist.plan-check"',
      ),
  }),
]);

/**
 * The zod schema of a checklist definition. Beyond the shape it checks what
 * types cannot: ids are unique, outcome rules point at existing items and
 * sections, and a localStorage key ends in the checklist's own id.
 */
export const checklistSchema = z
  .strictObject({
    id: idSchema,
    title: textSchema,
    description: textSchema,
    notice: textSchema.optional(),
    privacy: textSchema,
    storage: storageSchema,
    linkMissingInSummary: z.boolean(),
    labels: z.strictObject({
      answers: z.strictObject({ yes: textSchema, no: textSchema }),
      statuses: z.strictObject({
        covered: textSchema,
        missing: textSchema,
        unanswered: textSchema,
      }),
      help: textSchema,
      clear: textSchema,
    }),
    sections: z.array(sectionSchema).min(1, 'een checklist heeft minstens één onderdeel'),
    outcomes: z.array(z.strictObject({ id: idSchema, when: conditionSchema, text: textSchema })),
    information: z.array(
      z.strictObject({ title: textSchema, paragraphs: z.array(textSchema).min(1) }),
    ),
    sources: sourcesSchema,
  })
  .superRefine((checklist, ctx) => {
    const sectionIds = new Map<string, number>();
    const itemIds = new Map<string, string>();
    checklist.sections.forEach((section, s) => {
      if (sectionIds.has(section.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections', s, 'id'],
          message: `dubbele id "${section.id}": elk onderdeel heeft een eigen id`,
        });
      }
      sectionIds.set(section.id, s);
      section.items.forEach((item, i) => {
        const earlier = itemIds.get(item.id);
        if (earlier !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'items', i, 'id'],
            message: `dubbele id "${item.id}" (ook in ${earlier}): de antwoorden zijn op id opgeslagen, dus elke vraag heeft een eigen id`,
          });
        }
        itemIds.set(item.id, `sections[${s}].items`);
      });
    });
    const outcomeIds = new Set<string>();
    checklist.outcomes.forEach((rule, r) => {
      if (outcomeIds.has(rule.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['outcomes', r, 'id'],
          message: `dubbele id "${rule.id}"`,
        });
      }
      outcomeIds.add(rule.id);
      if (rule.when.kind === 'item-answer' && !itemIds.has(rule.when.itemId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['outcomes', r, 'when', 'itemId'],
          message: `verwijst naar vraag "${rule.when.itemId}", die niet bestaat`,
        });
      }
      if (rule.when.kind !== 'item-answer' && !sectionIds.has(rule.when.sectionId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['outcomes', r, 'when', 'sectionId'],
          message: `verwijst naar onderdeel "${rule.when.sectionId}", dat niet bestaat`,
        });
      }
    });
    if (
      checklist.storage.kind === 'localStorage' &&
      checklist.storage.key !== `bot075.checklist.${checklist.id}`
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['storage', 'key'],
        message: `moet "bot075.checklist.${checklist.id}" zijn (de id van de checklist)`,
      });
    }
  });

// Compile-time check that the schema and the hand-written types agree.
type SchemaOutput = z.infer<typeof checklistSchema>;
type Assert<T extends true> = T;
export type ChecklistSchemaMatchesTypes = Assert<
  SchemaOutput extends ChecklistDefinition
    ? ChecklistDefinition extends SchemaOutput
      ? true
      : false
    : false
>;

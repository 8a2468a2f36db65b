/** Runtime validation of outside input against the model; returns issues instead of throwing. */
import * as v from 'valibot';
import {
  type Clip,
  ClipSchema,
  type Opportunity,
  OpportunitySchema,
  type Organization,
  OrganizationSchema,
} from './model.ts';
import { fail, ok, type Result } from './result.ts';

function validateWith<S extends v.GenericSchema>(schema: S, input: unknown): Result<v.InferOutput<S>> {
  const parsed = v.safeParse(schema, input, { abortPipeEarly: true });
  if (parsed.success) return ok(parsed.output);
  return fail(...parsed.issues.map(describeIssue));
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((item) => String(item.key)).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Checks a clip sent by the Clipper. */
export const validateClip = (input: unknown): Result<Clip> => validateWith(ClipSchema, input);

/** Checks an organisation record (from a clip or a CSV row). */
export const validateOrganization = (input: unknown): Result<Organization> =>
  validateWith(OrganizationSchema, input);

/** Checks an opportunity record (from a clip or a CSV row). */
export const validateOpportunity = (input: unknown): Result<Opportunity> =>
  validateWith(OpportunitySchema, input);

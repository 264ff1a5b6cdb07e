/** Types of the clusters API: the Circular 14/2024 reporting chain (rounds, forms 01–04, submissions, checks, the board). */

import type { Bilingual } from './cluster.types';
import type { TenantStatus } from './cluster-page.types';

/** A form of the Circular 14/2024 chain. */
export type FormCode = '01' | '02' | '03' | '04';

/** A reporting round. */
export type Round = {
  id: string;
  provinceCode: string;
  period: string;
  kind: 'half' | 'year';
  periodStart: string;
  cutOff: string;
  deadlines: Record<FormCode, string>;
  demo: boolean;
};

/** Where a form stands against its deadline. */
export type DueStatus = 'submitted' | 'submitted_late' | 'due' | 'overdue';

/** One item of a form's catalogue. */
export type FormItem = {
  code: string;
  vi: string;
  en: string;
  unit: Bilingual;
  computed?: boolean;
  ratio?: boolean;
  flag?: boolean;
  heading?: boolean;
};

/** A form's values by item number. */
export type Items = Record<string, number>;

/** A submitted version of a form. */
export type Submission = {
  id: string;
  version: number;
  items: Items;
  late: boolean;
  source: 'reporter' | 'officer' | 'compiled';
  note: string | null;
  submittedAt: string;
  submittedBy: string;
};

/** One rule of the forms, evaluated. */
export type Check = {
  rule: string;
  pass: boolean;
  message: Bilingual;
  numbers: Record<string, number | null>;
  offending?: { item: string; value: number | null; expected: number | null; difference: number | null; communes?: Record<string, number> }[];
};

/** Biểu 01 or 02 of a subject in a round: versions, status, prefill. */
export type ReporterForm = {
  form: '01' | '02';
  name: Bilingual;
  items: FormItem[];
  round: Round;
  subject: {
    taxCode?: string;
    name: string | null;
    clusterId?: string;
    code?: string;
    projects?: { id: string; clusterId: string; projectName: string; status: TenantStatus }[];
  };
  versions: Submission[];
  latest: Submission | null;
  deadline: string;
  status: DueStatus;
  registry?: Items;
  prefill: { source: 'this_round' | 'last_round' | 'registry'; period?: string; lastPeriod?: string | null; items: Items };
};

/** One expected report on a round's board. */
export type BoardRow = {
  form: FormCode;
  subjectId: string;
  name: string;
  detail: string | null;
  deadline: string;
  status: DueStatus;
  versions: number;
  firstSubmittedAt: string | null;
  lastSubmittedAt: string | null;
  lastLate: boolean | null;
};

/** The board of a round. */
export type Board = {
  round: Round;
  asOf: string;
  summary: { form: FormCode; expected: number; submitted: number; submittedLate: number; due: number; overdue: number }[];
  items: BoardRow[];
  total: number;
};

/** Biểu 03 of a commune. */
export type Form03 = {
  form: '03';
  name: Bilingual;
  items: FormItem[];
  round: Round;
  commune: { code: string; name: string };
  deadline: string;
  status: DueStatus;
  latest: (Submission & { checks: Check[] }) | null;
  versions: Submission[];
  compiled: {
    communeCode: string;
    communeName: string;
    items: Items;
    checks: Check[];
    sources: {
      clusters: { id: string; name: string; form02Version: number | null }[];
      missing02: string[];
      missing01: string[];
      disagreements: { clusterId: string; item: string; registry: number; form02: number }[];
    };
  };
};

/** The Biểu 04 preview. */
export type Form04 = {
  form: '04';
  name: Bilingual;
  items: FormItem[];
  round: Round;
  province: { code: string; name: string };
  deadline: string;
  status: DueStatus;
  communes: { code: string; name: string; submission: Submission | null; checks: Check[] }[];
  missingCommunes: { code: string; name: string }[];
  sum: Items;
  submitted: Submission | null;
  values: Items;
  checks: Check[];
};

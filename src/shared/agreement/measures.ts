/** The figures the app, the CLI and the exports report, each under its measure's name. */
import {
  brennanPredigerKappa,
  cohenKappa,
  fleissKappa,
  krippendorffAlpha,
  percentAgreement,
  type Coefficient,
} from './nominal';
import type { ReliabilityData } from './rows';

export const MEASURES = [
  'percent_agreement',
  'cohen_kappa',
  'fleiss_kappa',
  'krippendorff_alpha',
  'brennan_prediger_kappa',
  'krippendorff_u_alpha',
  'krippendorff_cu_alpha',
] as const;
export type MeasureName = (typeof MEASURES)[number];

export type Figures = Partial<Record<MeasureName, Coefficient>>;

/**
 * Every nominal measure that applies to the data: Cohen's κ only for two coders.
 * `categories` is the number of categories coders could choose from (Brennan–Prediger's q).
 */
export function nominalFigures(data: ReliabilityData, categories = data.categories.length): Figures {
  const figures: Figures = { percent_agreement: percentAgreement(data) };
  if (data.coders.length === 2) figures.cohen_kappa = cohenKappa(data);
  figures.fleiss_kappa = fleissKappa(data);
  figures.krippendorff_alpha = krippendorffAlpha(data);
  figures.brennan_prediger_kappa = brennanPredigerKappa(data, categories);
  return figures;
}

/** Inter-coder agreement: the coefficients, the units, the table. Pure. */
export * from './measures';
export * from './nominal';
export * from './report';
export * from './rows';
export * from './unitizing';
export * from './units';
export * from './csv-input';
export * from './table-rows';
export * from './disagreements';

export { parseCount, type ParseCountOptions, type SiteUnits } from './parse-count';
export { type Count, type CountSource, type SourcedCount, type Rounding, exactCount, displayedRange, withSource } from './count';
export { normalizeNumberText } from './normalize-number-text';
export { prepareLocaleNumberFormat } from './locale-number-format';

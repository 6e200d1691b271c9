export { CASE_EXPORT_PATH, EXPORT_MAX_ROWS, EXPORT_ROLES, EXPORT_PAGE, beijingTime, handleCaseExport, type CaseExportDeps } from './case-export';
export { enumLabelsFrom, type EnumLabels } from './labels';

import type { ImportIssue } from '../../core/templates/exchange';
import type { TemplateIssue, TemplateIssueCode } from '../../core/templates/validate';
import type { MessageKey, Translate } from '../i18n';

/** core/templates' refusal codes as the seller reads them (core keeps an English line for logs). */
const ISSUE_KEYS: Record<TemplateIssueCode | ImportIssue['code'], MessageKey> = {
  'not-template': 'tplIssueNotTemplate',
  'name-missing': 'tplIssueNameMissing',
  'name-type': 'tplIssueNameType',
  'name-too-long': 'tplIssueNameTooLong',
  'id-invalid': 'tplIssueIdInvalid',
  'bodies-missing': 'tplIssueBodiesMissing',
  'bodies-type': 'tplIssueBodiesType',
  'too-many-languages': 'tplIssueTooManyLanguages',
  'language-invalid': 'tplIssueLanguageInvalid',
  'body-type': 'tplIssueBodyType',
  'body-too-long': 'tplIssueBodyTooLong',
  'body-duplicate': 'tplIssueBodyDuplicate',
  'body-missing': 'tplIssueBodyMissing',
  'platforms-type': 'tplIssuePlatformsType',
  'platforms-unknown': 'tplIssuePlatformsUnknown',
  'keyword-type': 'tplIssueKeywordType',
  'keyword-too-long': 'tplIssueKeywordTooLong',
  'keyword-invalid': 'tplIssueKeywordInvalid',
  'duplicate-id': 'tplIssueDuplicateId',
  'file-empty': 'tplIssueFileEmpty',
  'file-too-large': 'tplIssueFileTooLarge',
  'file-not-json': 'tplIssueFileNotJson',
  'file-not-ours': 'tplIssueFileNotOurs',
  'file-newer': 'tplIssueFileNewer',
  'file-no-list': 'tplIssueFileNoList',
  'file-truncated': 'tplIssueFileTruncated',
};

/** "名称过长（最多 120 个字符）" for a refused template. */
export function templateIssueText(issue: TemplateIssue, t: Translate): string {
  return t(ISSUE_KEYS[issue.code], issue.params);
}

/** "第 3 条（Refund）：缺少名称" for an entry of an import file; a problem of the whole file as it is. */
export function importIssueText(issue: ImportIssue, t: Translate): string {
  const problem = t(ISSUE_KEYS[issue.code], issue.params);
  if (issue.entry === undefined) return problem;
  return issue.name
    ? t('tplIssueEntryNamed', { entry: issue.entry, name: issue.name, problem })
    : t('tplIssueEntry', { entry: issue.entry, problem });
}

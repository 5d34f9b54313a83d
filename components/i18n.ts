/**
 * UI strings of the extension pages in Simplified Chinese and English, plus time formatting. Framework-free, so
 * unit tests can check the dictionaries and formats in Node; the React side is in i18n-context.tsx.
 */

export const UI_LANGUAGES = ['zh-CN', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export type UiLanguagePreference = UiLanguage | 'auto';

const en = {
  extName: 'HelloWorld Seller Assistant',
  inboxTitle: 'Inbox',
  languageLabel: 'Interface language',
  languageAuto: 'Auto',
  searchPlaceholder: 'Buyer, subject or order id',
  clearSearch: 'Clear search',

  tabAll: 'All',
  tabNeedsReply: 'Needs reply',
  tabUnread: 'Unread',
  tabUrgent: 'Urgent',
  tabPending: 'Pending',
  tabHandled: 'Handled',
  platformAll: 'All',
  siteAll: 'All sites',
  siteLabel: 'Marketplace',

  you: 'You',
  unread: 'Unread',
  urgent: 'Urgent',
  overdue: 'Overdue',
  overdueTitle: 'The buyer has waited {waited}, longer than the {hours} h reply target',
  statePending: 'Pending',
  stateHandled: 'Handled',
  notCaptured: 'Only seen in the portal list — open the thread in the portal to read it.',
  orderSubject: 'Order {id}',
  unknownBuyer: 'Buyer',
  loadMore: 'Load more',
  noMatches: 'No conversations match these filters.',
  clearFilters: 'Show all conversations',
  loading: 'Loading…',

  emptyTitle: 'Your inbox is empty',
  emptyIntro:
    'Conversations appear here as you read them in your seller portals. Nothing leaves your browser.',
  emptyStep1: 'Open Seller Central (or eBay / Shopee) messaging in a tab.',
  emptyStep2: 'Open a buyer thread — the assistant reads it and adds it here.',
  emptyStep3: 'Answer from here: draft a reply and insert it into the portal’s reply box.',

  back: 'Inbox',
  orders: 'Orders',
  portalStatus: 'Portal status',
  markHandled: 'Mark handled',
  markPending: 'Mark pending',
  reopen: 'Reopen',
  markUrgent: 'Flag as urgent',
  unmarkUrgent: 'Remove urgent flag',
  markUnread: 'Mark unread',
  openInPortal: 'Open in portal',
  threadMissing: 'This conversation is no longer in the inbox.',
  noMessages: 'No messages captured yet. Open this thread in the portal to read it.',
  systemAuthor: 'System',
  attachments: 'Attachments',
  actionFailed: 'That did not work: {error}',

  replyLabel: 'Reply draft',
  replyPlaceholder: 'Write your reply… It is inserted into the portal’s reply box, never sent.',
  insertReply: 'Insert into portal reply box',
  inserting: 'Inserting…',
  insertHint: 'Ctrl+Enter',
  insertOk: 'Inserted — review and send it in the portal.',
  insertNoTab: 'Open this thread in the portal first.',
  insertNoComposer: 'The portal page has no reply box open. Open the reply box in the portal and try again.',
  insertUnrecognised: 'The portal page layout was not recognised, so the reply could not be inserted.',
  insertRestartNeeded:
    'This conversation has expired in the portal. Click “Restart conversation” there, then insert again.',
  insertModalOpen: 'A portal dialog is open ({detail}). Close it in the portal, then insert again.',
  insertError: 'Could not insert the reply: {error}',

  adapterTitle: 'Portal tabs',
  adapterNone: 'No seller portal tab is open. Open your portal’s messages to capture conversations.',
  pageThread: 'Thread',
  pageInbox: 'Message list',
  pageInboxWithThread: 'List and thread',
  pageOther: 'Other page',
  pageUnrecognised: 'Not recognised',
  adapterUnrecognised: 'Page layout not recognised — messages on this tab are not being captured',
  adapterMissing: ': missing',
  adapterPending: '{count} waiting to sync',
  adapterRead: '{threads} threads · {messages} messages read',
  overlayCapturedOne: '1 message captured',
  overlayCaptured: '{count} messages captured',
  overlayInbox: 'Inbox list captured',
  overlayWatching: 'Watching this page',
  overlayUnrecognised: 'Page layout not recognised',
  overlayRejected: 'Not saved: {error}',

  statOpen: 'Open',
  statNeedsReply: 'Needs reply',
  statUnread: 'Unread',
  statOverdue: 'Overdue',
  statOldest: 'Waiting longest',
  statOldestNone: 'Nobody is waiting for a reply.',
  statOldestWaited: 'waiting {waited}',
  statPerPlatform: 'By platform',
  statSla: 'Reply target {hours} h',
  openInbox: 'Open inbox',
  platformTotal: 'Total',

  timeNow: 'now',
  timeMinutes: '{n} min',
  timeHours: '{n} h',
  timeDays: '{n} d',

  // — translation: options page (issue 4) —
  // — translation: under buyer messages and the side-panel timeline (issue 4) —
  panelTrShow: 'Show translations',
  panelTrHide: 'Hide translations',
  panelTrGlobalOff: 'Translation of buyer messages is switched off in the options',
  panelTrPending: 'Translating…',
  panelTrFailed: 'Could not translate this conversation: {error}',
  panelTrRetry: 'Try again',
  panelTrOriginal: 'Original',
  panelTrTranslation: 'Translation',
  panelTrByProvider: 'Language reported by the translation service',
  panelTrByDetector: 'Language detected in your browser',
  inlineBrand: 'HW Translate',
  inlinePending: 'Translating…',
  inlineRetry: 'Retry',
  inlineHide: 'Hide translation',
  inlineShow: 'Show translation',
  inlineErrorAuth: 'Translation failed: the API key was rejected. Check it in the extension options.',
  inlineErrorQuota: 'Translation failed: the translation quota is used up.',
  inlineErrorRateLimit: 'Translation failed: too many requests. Try again in a moment.',
  inlineErrorNetwork: 'Translation failed: the translation service could not be reached.',
  inlineErrorTimeout: 'Translation failed: the translation service did not answer in time.',
  inlineErrorServer: 'Translation failed: the translation service had an error.',
  inlineErrorUnsupported: 'Translation failed: this language pair is not supported.',
  inlineErrorUnavailable: 'Translation failed: no translation service is available. Set one up in the options.',
  inlineErrorPermission: 'Translation failed: the extension may not reach this translation service.',
  inlineErrorOther: 'Translation failed: {error}',
  inlineErrorWorker: 'Translation failed: the extension did not answer. Reload the page if it persists.',
  inlineToggleOn: 'Trans on',
  inlineToggleOff: 'Trans off',
  inlineToggleTitleOn: 'Translations shown under buyer messages in this thread. Click to hide them.',
  inlineToggleTitleOff: 'Translations hidden in this thread. Click to show them.',
  // — translation: translate-my-reply (issue 4) —
  replyTrOpen: 'Translate reply',
  replyTrOpenTitle: 'Write in your language, insert in the buyer’s ({shortcut})',
  replyTrTitle: 'Translate my reply',
  replyTrClose: 'Close (Esc)',
  replyTrSourceLabel: 'Your reply, in {language}',
  replyTrPlaceholder: 'Write your reply in your language…',
  replyTrTargetLabel: 'Buyer’s language',
  replyTrPickTarget: 'Choose…',
  replyTrTargetUnknown: 'The buyer’s language is not known yet: choose it to translate.',
  replyTrTranslate: 'Translate',
  replyTrTranslating: 'Translating…',
  replyTrTranslateHint: 'Ctrl+Enter translates',
  replyTrTranslationLabel: 'Translation into {language} (you can edit it)',
  replyTrBackLabel: 'Back into {language}, to check the meaning',
  replyTrProvider: 'Translated by {provider}',
  replyTrStale: 'Your text or the language changed: translate again before inserting.',
  replyTrInsert: 'Insert into reply box',
  replyTrInsertTranslation: 'Insert translation',
  replyTrNeverSends: 'Inserted only, never sent',
  replyTrErrRateLimit: 'The translation service is busy (too many requests). Try again in a moment.',
  replyTrErrServer: 'The translation service had a problem. Try again later.',
  replyTrErrTimeout: 'The translation service did not answer in time. Try again.',
  replyTrErrNetwork: 'The translation service could not be reached. Check the connection.',
  replyTrErrAuth: 'The translation service rejected the API key. Check it in the options.',
  replyTrErrQuota: 'The translation quota of this service is used up.',
  replyTrErrUnsupportedPair: 'No configured translation service supports this pair of languages.',
  replyTrErrUnavailable: 'The translation service is not available in this browser.',
  replyTrErrNotConfigured: 'No translation service is set up. Choose one in the options.',
  replyTrErrBadResponse: 'The translation service sent an answer that could not be read.',
  replyTrErrPermission:
    'The extension is not yet allowed to contact this translation service. Allow it in the options.',
  replyTrErrSameLanguage: 'Your text is already in the buyer’s language.',
  replyTrErrEmpty: 'Write something to translate first.',
  replyTrErrNoLanguage: 'Choose the buyer’s language first.',
  replyTrErrFailed: 'The translation did not work. Try again.',
  replyTrErrDetail: 'Details: {error}',
} as const;

export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, string>;

const zhCN: Dictionary = {
  extName: 'HelloWorld 跨境客服助手',
  inboxTitle: '收件箱',
  languageLabel: '界面语言',
  languageAuto: '自动',
  searchPlaceholder: '买家、主题或订单号',
  clearSearch: '清除搜索',

  tabAll: '全部',
  tabNeedsReply: '待回复',
  tabUnread: '未读',
  tabUrgent: '紧急',
  tabPending: '等待中',
  tabHandled: '已处理',
  platformAll: '全部',
  siteAll: '全部站点',
  siteLabel: '站点',

  you: '您',
  unread: '未读',
  urgent: '紧急',
  overdue: '已超时',
  overdueTitle: '买家已等待 {waited}，超过 {hours} 小时的回复时限',
  statePending: '等待中',
  stateHandled: '已处理',
  notCaptured: '仅在后台列表中出现过——请在后台打开该会话以读取内容。',
  orderSubject: '订单 {id}',
  unknownBuyer: '买家',
  loadMore: '加载更多',
  noMatches: '没有符合筛选条件的会话。',
  clearFilters: '显示全部会话',
  loading: '加载中…',

  emptyTitle: '收件箱还是空的',
  emptyIntro: '您在卖家后台阅读的会话会自动出现在这里，所有数据只保存在您的浏览器中。',
  emptyStep1: '在标签页中打开亚马逊卖家中心（或 eBay / Shopee）的买家消息。',
  emptyStep2: '打开一个买家会话——助手会读取它并添加到这里。',
  emptyStep3: '在这里撰写回复，并一键填入后台的回复框。',

  back: '收件箱',
  orders: '订单',
  portalStatus: '后台状态',
  markHandled: '标记为已处理',
  markPending: '标记为等待中',
  reopen: '重新打开',
  markUrgent: '标记为紧急',
  unmarkUrgent: '取消紧急',
  markUnread: '标记为未读',
  openInPortal: '在后台打开',
  threadMissing: '该会话已不在收件箱中。',
  noMessages: '尚未读取到消息。请在后台打开该会话。',
  systemAuthor: '系统',
  attachments: '附件',
  actionFailed: '操作失败：{error}',

  replyLabel: '回复草稿',
  replyPlaceholder: '撰写回复……内容只会填入后台的回复框，不会自动发送。',
  insertReply: '填入后台回复框',
  inserting: '正在填入…',
  insertHint: 'Ctrl+Enter',
  insertOk: '已填入——请在后台检查后再发送。',
  insertNoTab: '请先在后台打开该会话。',
  insertNoComposer: '后台页面上没有打开的回复框。请在后台打开回复框后重试。',
  insertUnrecognised: '无法识别后台页面布局，回复未能填入。',
  insertRestartNeeded: '该会话在后台已过期。请先在后台点击“重新启动对话”，再重新填入。',
  insertModalOpen: '后台有一个对话框未关闭（{detail}）。请先在后台关闭它，再重新填入。',
  insertError: '无法填入回复：{error}',

  adapterTitle: '后台标签页',
  adapterNone: '没有打开卖家后台标签页。打开后台的买家消息即可开始记录会话。',
  pageThread: '会话页',
  pageInbox: '消息列表',
  pageInboxWithThread: '列表与会话',
  pageOther: '其他页面',
  pageUnrecognised: '无法识别',
  adapterUnrecognised: '无法识别页面布局——此标签页上的消息未被记录',
  adapterMissing: '：缺少',
  adapterPending: '{count} 条待同步',
  adapterRead: '已读取 {threads} 个会话 · {messages} 条消息',
  overlayCapturedOne: '已捕获 1 条消息',
  overlayCaptured: '已捕获 {count} 条消息',
  overlayInbox: '已读取收件箱列表',
  overlayWatching: '正在监视此页面',
  overlayUnrecognised: '无法识别页面布局',
  overlayRejected: '未保存：{error}',

  statOpen: '未处理',
  statNeedsReply: '待回复',
  statUnread: '未读',
  statOverdue: '已超时',
  statOldest: '等待最久',
  statOldestNone: '没有等待回复的买家。',
  statOldestWaited: '已等待 {waited}',
  statPerPlatform: '按平台',
  statSla: '回复时限 {hours} 小时',
  openInbox: '打开收件箱',
  platformTotal: '总数',

  timeNow: '刚刚',
  timeMinutes: '{n}分钟',
  timeHours: '{n}小时',
  timeDays: '{n}天',

  // — translation: options page (issue 4) —
  // — translation: under buyer messages and the side-panel timeline (issue 4) —
  panelTrShow: '显示译文',
  panelTrHide: '隐藏译文',
  panelTrGlobalOff: '已在设置中关闭买家消息翻译',
  panelTrPending: '正在翻译…',
  panelTrFailed: '无法翻译此会话：{error}',
  panelTrRetry: '重试',
  panelTrOriginal: '原文',
  panelTrTranslation: '译文',
  panelTrByProvider: '语言由翻译服务识别',
  panelTrByDetector: '语言由浏览器本地识别',
  inlineBrand: 'HW 译',
  inlinePending: '翻译中…',
  inlineRetry: '重试',
  inlineHide: '隐藏译文',
  inlineShow: '显示译文',
  inlineErrorAuth: '翻译失败：API 密钥被拒绝，请在扩展选项中检查。',
  inlineErrorQuota: '翻译失败：翻译额度已用完。',
  inlineErrorRateLimit: '翻译失败：请求过于频繁，请稍后重试。',
  inlineErrorNetwork: '翻译失败：无法连接翻译服务。',
  inlineErrorTimeout: '翻译失败：翻译服务响应超时。',
  inlineErrorServer: '翻译失败：翻译服务出错。',
  inlineErrorUnsupported: '翻译失败：不支持该语言组合。',
  inlineErrorUnavailable: '翻译失败：没有可用的翻译服务，请在选项中设置。',
  inlineErrorPermission: '翻译失败：扩展无权访问该翻译服务。',
  inlineErrorOther: '翻译失败：{error}',
  inlineErrorWorker: '翻译失败：扩展没有响应，如持续出现请刷新页面。',
  inlineToggleOn: '译 开',
  inlineToggleOff: '译 关',
  inlineToggleTitleOn: '本会话的买家消息下方显示译文，点击隐藏。',
  inlineToggleTitleOff: '本会话已隐藏译文，点击显示。',
  // — translation: translate-my-reply (issue 4) —
  replyTrOpen: '翻译回复',
  replyTrOpenTitle: '用您的语言撰写，以买家的语言填入（{shortcut}）',
  replyTrTitle: '翻译我的回复',
  replyTrClose: '关闭（Esc）',
  replyTrSourceLabel: '您的回复（{language}）',
  replyTrPlaceholder: '用您的语言撰写回复…',
  replyTrTargetLabel: '买家语言',
  replyTrPickTarget: '请选择…',
  replyTrTargetUnknown: '尚未识别买家语言：请先选择，再翻译。',
  replyTrTranslate: '翻译',
  replyTrTranslating: '正在翻译…',
  replyTrTranslateHint: 'Ctrl+Enter 翻译',
  replyTrTranslationLabel: '{language}译文（可直接修改）',
  replyTrBackLabel: '回译成{language}，用于核对意思',
  replyTrProvider: '由 {provider} 翻译',
  replyTrStale: '原文或目标语言已修改：请重新翻译后再填入。',
  replyTrInsert: '填入回复框',
  replyTrInsertTranslation: '填入译文',
  replyTrNeverSends: '只填入，不会发送',
  replyTrErrRateLimit: '翻译服务繁忙（请求过多），请稍后再试。',
  replyTrErrServer: '翻译服务出错，请稍后再试。',
  replyTrErrTimeout: '翻译服务响应超时，请重试。',
  replyTrErrNetwork: '无法连接翻译服务，请检查网络。',
  replyTrErrAuth: '翻译服务拒绝了 API 密钥，请在设置中检查。',
  replyTrErrQuota: '该翻译服务的额度已用完。',
  replyTrErrUnsupportedPair: '已配置的翻译服务都不支持这两种语言之间的翻译。',
  replyTrErrUnavailable: '此浏览器中无法使用该翻译服务。',
  replyTrErrNotConfigured: '尚未设置翻译服务，请在设置中选择。',
  replyTrErrBadResponse: '无法读取翻译服务返回的结果。',
  replyTrErrPermission: '扩展尚未获准访问该翻译服务，请在设置中允许。',
  replyTrErrSameLanguage: '您的文字已经是买家的语言。',
  replyTrErrEmpty: '请先输入要翻译的内容。',
  replyTrErrNoLanguage: '请先选择买家语言。',
  replyTrErrFailed: '翻译未成功，请重试。',
  replyTrErrDetail: '详情：{error}',
};

export const DICTIONARIES: Record<UiLanguage, Dictionary> = { en, 'zh-CN': zhCN };

/** 'auto' follows the browser: any Chinese browser locale gets Simplified Chinese, everything else English. */
export function resolveLanguage(preference: UiLanguagePreference, browserLanguage: string): UiLanguage {
  if (preference !== 'auto') return preference;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

export function translator(language: UiLanguage): Translate {
  const dictionary = DICTIONARIES[language];
  return (key, params) => {
    const text = dictionary[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A compact duration: "5 min", "3 h", "2 d" / "5分钟", "3小时", "2天". */
export function formatDuration(ms: number, language: UiLanguage): string {
  const t = translator(language);
  const n = (value: number) => new Intl.NumberFormat(language).format(value);
  if (ms < MINUTE) return t('timeNow');
  if (ms < HOUR) return t('timeMinutes', { n: n(Math.floor(ms / MINUTE)) });
  if (ms < DAY) return t('timeHours', { n: n(Math.floor(ms / HOUR)) });
  return t('timeDays', { n: n(Math.floor(ms / DAY)) });
}

/** List times: compact relative within a week, then a short date ("Mar 5" / "3月5日"), with the year when needed. */
export function formatRelativeTime(at: number, now: number, language: UiLanguage): string {
  const age = Math.max(0, now - at);
  if (age < 7 * DAY) return formatDuration(age, language);
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(language, {
    year: sameYear ? undefined : 'numeric',
    month: 'short',
    day: 'numeric',
  }).format(at);
}

/** Timeline times: date and time, or only the date when the portal only gave a day. */
export function formatAbsoluteTime(at: number, language: UiLanguage, dateOnly = false): string {
  return new Intl.DateTimeFormat(
    language,
    dateOnly ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(at);
}

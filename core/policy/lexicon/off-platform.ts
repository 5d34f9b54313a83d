import { loose } from './obfuscation';
import type { Lexicon } from './types';

/**
 * Dealing outside the marketplace: paying outside it (PayPal to a seller's account, bank transfer, Alipay, wallets),
 * ordering from the seller's own website, "cheaper outside eBay". PayPal alone is not here: eBay checkout accepts
 * PayPal, so "you paid with PayPal" is normal there; paying the seller's PayPal account is what is flagged.
 */
export const OFF_PLATFORM_LEXICON: Lexicon = {
  '*': [
    'paypal\\.me(?:/[a-z0-9_.\\-]+)?',
    `${loose('paypal')} ?(?:me|account|address|email|e-mail|id|transfer|invoice|f ?& ?f|friends)`,
    'western ?union',
    'moneygram',
    'zelle',
    'venmo',
    'cash ?app',
    'revolut',
    'payoneer',
    'alipay',
    'wechat ?pay',
    'bitcoin',
    'usdt',
    'crypto ?(?:currency|wallet|payment)',
  ],
  en: [
    // "pay via PayPal" is eBay checkout; paying *the seller* by PayPal or into *their* account is not.
    '(?:pay|send|transfer|wire) (?:\\S+ ){0,3}(?:via|by|through|with|using|to|into|on) (?:my|our) (?:paypal|bank|account)',
    '(?:pay|send|transfer|wire) (?:me|us|the money|money|the payment|payment|the amount) (?:\\S+ ){0,2}(?:via|by|through|with|using|on) (?:paypal|bank)',
    'friends (?:and|&) family',
    '(?:bank|wire|direct|money) transfer',
    'bank deposit',
    '(?:bank|account) (?:details|number)',
    'iban',
    // Not "our store/shop": an eBay Store or Amazon storefront is on the marketplace.
    '(?:order|buy|purchase|shop) (?:it |this |them |one |more |again )?(?:directly )?(?:from|on|via|through|at|in) our (?:own )?(?:website|web ?site|site|web ?shop|online (?:store|shop))',
    '(?:order|buy|purchase|pay|deal|trade) (?:\\S+ ){0,2}directly (?:from|with|to) (?:me|us)',
    'pay (?:me|us) directly',
    'our (?:own )?(?:website|web ?shop|online (?:store|shop)|official (?:site|website|store))',
    '(?:outside|off|instead of|without|bypass|bypassing|avoid|avoiding|skip|skipping) (?:of )?(?:the )?(?:amazon|ebay|shopee)(?: fees?)?',
    'cheaper (?:\\S+ ){0,3}(?:outside|off|than on|than) (?:of )?(?:amazon|ebay|shopee)',
    'cheaper (?:on|at|from|via|through|in) our (?:own )?(?:website|web ?site|site|web ?shop|store|shop)',
    '(?:save|no) (?:the )?(?:amazon|ebay|shopee|platform|marketplace) fees?',
    'cancel (?:the |this |your )?order and (?:buy|order|pay|purchase)',
  ],
  zh: [
    '支付宝',
    '支付寶',
    '微信(?:支付|转账|轉帳|付款|收款)',
    '(?:银行|銀行)?(?:转账|轉帳|轉賬)',
    '汇款',
    '匯款',
    '打款',
    '(?:用|通过|透過|走)\\s*paypal',
    '(?:线下|線下|私下)(?:交易|付款|支付|购买|購買|下单|下單)',
    '(?:站外|平台外)(?:交易|付款|支付|购买|購買|下单|下單)?',
    '(?:绕过|繞過|绕开|繞開|不走|跳过)平台',
    '独立站',
    '獨立站',
    // Not a bare 网站: "在亚马逊网站上查看" is the marketplace's own site.
    '(?:官网|官網)(?:下单|下單|购买|購買|买|買|订购|訂購)?',
    '(?:我们的|我們的|我们|我們)(?:网站|網站|网店|網店)',
    '直接(?:找我|跟我|向我|在我们|在我們)(?:买|買|购买|購買|下单|下單|拍)?',
    '(?:比|在)(?:亚马逊|亞馬遜|ebay|虾皮|蝦皮|平台)(?:上)?(?:外)?(?:更)?便宜',
  ],
};

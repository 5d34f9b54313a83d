import type { Intent } from '../intent/types';
import type { TemplateCategory, TemplateRecord } from './types';

/**
 * The day-one pack: every category, bodies in zh (Simplified) and en, ids `default:<slug>`; `default:off-hours` is
 * away mode's default.
 *
 * Written for a Chinese cross-border seller answering on Amazon, eBay and Shopee, so every body keeps to what all
 * three allow in buyer messages (tests/unit/templates-default-pack.test.ts runs core/policy over each one):
 * - no links, e-mail addresses, phone numbers or messenger names; everything happens "here in the messages" or
 *   "in your order on {{platform}}";
 * - nothing about reviews, feedback or stars except the negative-review follow-up, which neither asks to change
 *   or remove a review nor offers anything for it (Amazon's Communication Guidelines, eBay's feedback extortion
 *   policy); it only offers to solve the problem;
 * - no promotions, coupons or "our other products".
 * Names are bilingual so the picker finds them by Chinese or English words. The order matters: among templates
 * that answer a message equally well, suggestions list the pack's earlier ones first (core/templates/rank.ts). The off-hours notice uses no
 * variable: away mode never sends a text with an unfilled one, and it must work before the seller set anything up.
 */

interface Seed {
  slug: string;
  name: string;
  category: TemplateCategory;
  keyword: string;
  intents: Intent[];
  zh: string;
  en: string;
}

const SIGN_EN = 'Best regards,\n{{agent_name}}\n{{store_name}} Customer Service';
const SIGN_ZH = '{{store_name}}客服 {{agent_name}}';

const SEEDS: Seed[] = [
  {
    slug: 'tracking-info',
    name: '发货及物流单号 · Shipped, tracking number',
    category: 'tracking',
    keyword: 'track',
    intents: ['where-is-order'],
    zh: `{{buyer_name}}，您好！

感谢您的耐心等待。您的订单 {{order_id}} 已经发货，物流单号是 {{tracking_number}}。您可以在 {{platform}} 的订单详情中随时查看最新的物流状态。物流信息有时需要 24 至 48 小时才会更新，如果暂时查不到，请稍后再看。

如有任何问题，请直接在这里回复我们。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

Thank you for your patience. Your order {{order_id}} has shipped, and the tracking number is {{tracking_number}}. You can follow the latest status in your order details on {{platform}}. Tracking updates can take 24 to 48 hours to appear, so if nothing shows yet, please check again a little later.

If you have any questions, just reply to this message.

${SIGN_EN}`,
  },
  {
    slug: 'order-status',
    name: '订单状态（运输中） · Where is my order: on its way',
    category: 'tracking',
    keyword: 'wismo',
    intents: ['where-is-order'],
    zh: `{{buyer_name}}，您好！

感谢您的来信。我们查询了您的订单 {{order_id}}，包裹目前正在正常运输中。国际包裹从发货到送达通常需要 7 至 15 个工作日，具体取决于目的地和当地派送情况。您可以在 {{platform}} 的订单详情中查看最新物流信息。

我们会继续关注这个包裹，如果到预计送达日期仍未收到，请在这里告诉我们，我们会马上为您处理。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

Thank you for your message. We have checked your order {{order_id}}, and the parcel is on its way as expected. International deliveries usually take 7 to 15 business days from dispatch, depending on the destination and the local carrier. You can see the latest tracking information in your order details on {{platform}}.

We will keep an eye on the parcel. If it has not arrived by the estimated delivery date, please let us know here and we will take care of it right away.

${SIGN_EN}`,
  },
  {
    slug: 'shipping-delay',
    name: '物流延误致歉 · Shipping delay apology',
    category: 'logistics-delay',
    keyword: 'delay',
    intents: ['where-is-order'],
    zh: `{{buyer_name}}，您好！

非常抱歉，您的订单 {{order_id}} 比预计时间到得晚了。我们查看了物流信息，包裹仍在运输途中，延误主要是由于承运商运力紧张造成的。

我们已经联系承运商跟进，包裹的最新状态会在订单详情中更新。如果包裹在预计送达日期后仍未送达，我们会为您补发或退款，请您放心。

再次为给您带来的不便表示歉意，感谢您的理解。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

We are very sorry that your order {{order_id}} is taking longer than expected. We have checked the tracking: the parcel is still in transit, and the delay is caused by heavy volume at the carrier.

We have asked the carrier to follow up, and the latest status will keep updating in your order details. If the parcel has still not arrived after the estimated delivery date, we will send a replacement or refund you, so you will not lose out.

We apologise again for the inconvenience and thank you for your understanding.

${SIGN_EN}`,
  },
  {
    slug: 'customs-delay',
    name: '清关延误 · Held in customs',
    category: 'logistics-delay',
    keyword: 'customs',
    intents: ['where-is-order'],
    zh: `{{buyer_name}}，您好！

感谢您的耐心。您的包裹（物流单号 {{tracking_number}}）目前正在目的地国家清关，清关时间由当地海关决定，一般需要几个工作日。清关完成后，当地快递会尽快为您派送。

如果海关或快递公司联系您补充信息，请按照他们的要求提供，这样可以加快处理。有任何进展我们也会在这里通知您。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

Thank you for your patience. Your parcel (tracking number {{tracking_number}}) is currently going through customs in your country. How long this takes is decided by the local customs office, usually a few business days. Once it is cleared, the local carrier will deliver it as soon as possible.

If customs or the carrier contacts you for more information, please provide it as they ask, as this speeds things up. We will also update you here as soon as there is news.

${SIGN_EN}`,
  },
  {
    slug: 'lost-parcel',
    name: '包裹丢失 · Parcel lost in transit',
    category: 'logistics-delay',
    keyword: 'lost',
    intents: ['where-is-order'],
    zh: `{{buyer_name}}，您好！

非常抱歉，您的订单 {{order_id}} 的物流信息已经很久没有更新，包裹很可能在运输途中丢失了。我们已经向承运商提交了调查申请。

为了不让您继续等待，我们可以马上为您重新发货，或者全额退款。请在这里回复告诉我们您更希望哪一种方式，我们会在收到回复后第一时间处理。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

We are very sorry: the tracking for your order {{order_id}} has not updated for a long time, and the parcel has most likely been lost in transit. We have opened an investigation with the carrier.

So that you do not have to wait any longer, we can send a replacement right away or give you a full refund. Please reply here and let us know which you prefer, and we will take care of it as soon as we hear from you.

${SIGN_EN}`,
  },
  {
    slug: 'return-process',
    name: '退货流程说明 · How to return an item',
    category: 'return-process',
    keyword: 'return',
    intents: ['return-refund', 'wrong-item', 'damaged-defective'],
    zh: `{{buyer_name}}，您好！

感谢您的来信，很抱歉商品没有让您满意。您可以在 {{platform}} 的订单 {{order_id}} 中直接提交退货申请，选择退货原因后，系统会提供退货方式和退货地址。

请将商品连同原包装和配件一起寄回。我们收到退货并确认后，会尽快按照平台的规则为您办理退款。

如果在申请过程中遇到任何问题，请在这里告诉我们。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

Thank you for your message, and we are sorry the item did not work out for you. You can start a return directly from order {{order_id}} on {{platform}}: choose a return reason, and you will be given the return method and address.

Please send the item back with its original packaging and accessories. Once we receive and check the return, we will process your refund as quickly as possible under the marketplace's rules.

If anything is unclear while you submit the request, please let us know here.

${SIGN_EN}`,
  },
  {
    slug: 'refund-issued',
    name: '已退款通知 · Refund issued',
    category: 'refund',
    keyword: 'refund',
    intents: ['return-refund', 'cancel-order', 'damaged-defective', 'wrong-item'],
    zh: `{{buyer_name}}，您好！

我们已经为您的订单 {{order_id}} 办理了退款。退款会原路退回到您付款时使用的账户，到账时间取决于您的银行或支付方式，一般为 3 至 5 个工作日。

如果超过这个时间仍未收到退款，请在这里告诉我们，我们会协助您查询。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

We have issued the refund for your order {{order_id}}. It goes back to the payment method you used, and how quickly it shows depends on your bank or payment provider, usually 3 to 5 business days.

If you have not received it after that, please let us know here and we will help you look into it.

${SIGN_EN}`,
  },
  {
    slug: 'refund-after-return',
    name: '退货后退款时效 · Refund once the return arrives',
    category: 'refund',
    keyword: 'refundtime',
    intents: ['return-refund'],
    zh: `{{buyer_name}}，您好！

感谢您寄回商品。退货包裹送达我们的仓库后，我们会在 2 个工作日内完成检查并为您办理退款，到时您会在订单 {{order_id}} 中看到退款状态的更新。

您可以在退货物流信息中查看包裹的送达进度。如有任何疑问，请随时在这里联系我们。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

Thank you for sending the item back. Once the return reaches our warehouse, we will check it and issue your refund within 2 business days, and you will see the refund status update in order {{order_id}}.

You can follow the return parcel in its tracking details. If you have any questions, feel free to message us here.

${SIGN_EN}`,
  },
  {
    slug: 'damaged-item',
    name: '商品破损致歉 · Item arrived damaged',
    category: 'damaged-item',
    keyword: 'broken',
    intents: ['damaged-defective'],
    zh: `{{buyer_name}}，您好！

非常抱歉，您收到的 {{item_title}} 出现了破损，这确实不是我们希望您收到的样子。

为了尽快为您处理，麻烦您在这里回复几张照片，拍一下商品破损的地方和外包装。收到照片后，我们会立即为您安排免费补发，或者如果您更希望退款，我们也可以为您全额退款，您无需寄回破损的商品。

再次向您致歉，感谢您的配合。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

We are very sorry that your {{item_title}} arrived damaged. That is not how it should have reached you.

To sort this out quickly, could you reply here with a few photos of the damage and of the outer packaging? As soon as we have them, we will send you a free replacement, or a full refund if you prefer, and you will not need to send the damaged item back.

We apologise again and thank you for your help.

${SIGN_EN}`,
  },
  {
    slug: 'wrong-item',
    name: '发错货致歉 · Wrong item received',
    category: 'wrong-item',
    keyword: 'wrong',
    intents: ['wrong-item'],
    zh: `{{buyer_name}}，您好！

非常抱歉我们发错了商品，给您添麻烦了。

麻烦您在这里回复一张您收到商品的照片（如果能拍到包装上的标签就更好了），我们核实后会马上为您寄出正确的 {{item_title}}，运费由我们承担。您收到的错误商品如何处理，我们确认后也会在这里告诉您。

再次向您道歉，感谢您的耐心。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

We are very sorry that we sent you the wrong item, and for the trouble this causes.

Could you reply here with a photo of what you received (including the label on the package, if possible)? Once we have checked it, we will ship the correct {{item_title}} to you right away at our cost. We will also let you know here what to do with the item you received.

Our apologies again, and thank you for your patience.

${SIGN_EN}`,
  },
  {
    slug: 'order-change',
    name: '修改订单（未发货） · Change an order before dispatch',
    category: 'order-change',
    keyword: 'change',
    intents: ['change-order'],
    zh: `{{buyer_name}}，您好！

感谢您及时联系我们。我们正在确认订单 {{order_id}} 是否已经出库。如果还没有发货，我们会按您的要求修改（地址、尺码或颜色）；请在这里回复您需要修改的具体内容。

请注意，收货地址需要在 {{platform}} 的订单中同步修改，我们只能按订单上的地址发货。处理完成后我们会在这里告诉您结果。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

Thank you for contacting us so quickly. We are checking whether order {{order_id}} has already left our warehouse. If it has not shipped yet, we will make the change you need (address, size or colour); please reply here with exactly what should change.

Please note that a new delivery address also needs to be updated in your order on {{platform}}, as we can only ship to the address on the order. We will confirm here once it is done.

${SIGN_EN}`,
  },
  {
    slug: 'order-change-shipped',
    name: '已发货无法修改 · Already shipped, cannot change',
    category: 'order-change',
    keyword: 'shipped',
    intents: ['change-order', 'cancel-order'],
    zh: `{{buyer_name}}，您好！

感谢您的来信。很抱歉，您的订单 {{order_id}} 已经发出（物流单号 {{tracking_number}}），我们已经无法再修改或拦截包裹了。

收到包裹后，如果商品不符合您的需要，您可以在 {{platform}} 的订单中申请退货，我们会按照平台规则为您处理。给您带来不便，敬请谅解。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

Thank you for your message. Unfortunately, your order {{order_id}} has already shipped (tracking number {{tracking_number}}), so we can no longer change or stop the parcel.

Once it arrives, if the item is not what you need, you can request a return from your order on {{platform}}, and we will handle it under the marketplace's rules. We apologise for the inconvenience.

${SIGN_EN}`,
  },
  {
    slug: 'cancellation',
    name: '取消订单 · Order cancelled',
    category: 'cancellation',
    keyword: 'cancel',
    intents: ['cancel-order'],
    zh: `{{buyer_name}}，您好！

我们已经收到您的取消请求。由于订单 {{order_id}} 还没有发货，我们已经为您取消了订单，款项会原路退回，到账时间以您的银行或支付方式为准。

如果您之后还有需要，欢迎随时在这里联系我们。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

We have received your cancellation request. As order {{order_id}} had not shipped yet, we have cancelled it for you, and the payment will go back to your original payment method; the timing depends on your bank or payment provider.

If there is anything else we can do for you, just message us here.

${SIGN_EN}`,
  },
  {
    slug: 'product-guide',
    name: '产品使用说明 · How to use the product',
    category: 'product-guide',
    keyword: 'guide',
    intents: ['product-question'],
    zh: `{{buyer_name}}，您好！

感谢您购买 {{item_title}}。第一次使用前，建议您：
1. 仔细阅读包装内的说明书，确认所有配件齐全；
2. 首次使用前将电池充满电（如适用）；
3. 按说明书的步骤完成安装或设置。

如果您在使用中有任何具体问题，请在这里告诉我们您的型号和遇到的情况，我们会一步一步帮您解决。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

Thank you for choosing the {{item_title}}. Before using it for the first time, we recommend that you:
1. Read the manual in the box and check that all accessories are included;
2. Fully charge the battery before first use (if it has one);
3. Follow the steps in the manual to set it up.

If you have a specific question while using it, tell us here which model you have and what happens, and we will guide you step by step.

${SIGN_EN}`,
  },
  {
    slug: 'size-guide',
    name: '尺码建议 · Size advice',
    category: 'product-guide',
    keyword: 'size',
    intents: ['product-question'],
    zh: `{{buyer_name}}，您好！

感谢您的咨询。{{item_title}} 的尺码表在商品详情页的图片和描述中。建议您先量一下自己的实际尺寸，再对照尺码表选择；如果介于两个尺码之间，一般建议选大一码。

如果您愿意，可以在这里告诉我们您的身高、体重或具体尺寸，我们帮您推荐合适的尺码。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

Thank you for your question. The size chart for the {{item_title}} is in the images and description on the product page. We suggest measuring yourself first and comparing with the chart; if you are between two sizes, we usually recommend the larger one.

If you like, tell us here your height, weight or measurements, and we will recommend the right size for you.

${SIGN_EN}`,
  },
  {
    slug: 'defective-troubleshoot',
    name: '使用故障排查 · Troubleshooting: not working',
    category: 'product-guide',
    keyword: 'defect',
    intents: ['damaged-defective', 'product-question'],
    zh: `{{buyer_name}}，您好！

很抱歉 {{item_title}} 使用时出现了问题，我们会帮您尽快解决。

请您先试一下：
1. 确认电源或电池已充满并正确连接；
2. 关闭后重新开机，或按说明书恢复出厂设置；
3. 检查是否有保护膜或运输固定件没有取下。

如果以上方法都不能解决，请在这里回复，简单描述一下问题，最好附上照片或视频。我们确认后会为您免费更换或退款。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

We are sorry your {{item_title}} is not working properly, and we will help you get it sorted quickly.

Could you please try the following first:
1. Make sure it is fully charged or correctly connected to power;
2. Switch it off and on again, or reset it as described in the manual;
3. Check that no protective film or transport lock is still in place.

If none of this helps, please reply here with a short description of the problem, ideally with a photo or video. Once we have confirmed it, we will replace the item or refund you free of charge.

${SIGN_EN}`,
  },
  {
    slug: 'invoice',
    name: '发票 · Invoice request',
    category: 'invoice',
    keyword: 'invoice',
    intents: ['invoice'],
    zh: `{{buyer_name}}，您好！

感谢您的来信。订单 {{order_id}} 的发票我们已经上传，您可以在 {{platform}} 的订单详情中下载。

如果您需要开具带公司抬头的发票，请在这里回复公司名称、公司地址和税号（如 VAT 号），我们会在 2 个工作日内为您更新发票。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

Thank you for your message. We have uploaded the invoice for order {{order_id}}; you can download it from your order details on {{platform}}.

If you need the invoice made out to a company, please reply here with the company name, address and tax number (such as the VAT number), and we will update the invoice within 2 business days.

${SIGN_EN}`,
  },
  {
    slug: 'negative-experience-follow-up',
    name: '差评跟进（解决问题） · Follow-up on a bad experience',
    category: 'negative-review',
    keyword: 'review',
    intents: [],
    zh: `{{buyer_name}}，您好！

我们了解到您对订单 {{order_id}} 的购物体验不满意，对此我们深表歉意。您的意见对我们很重要，我们希望能帮您解决问题。

能否在这里告诉我们具体发生了什么？例如商品的问题、物流的问题，或者其他让您失望的地方。我们会认真核实，并按照平台的规则为您提供合适的解决方案。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

We understand that your experience with order {{order_id}} was not what you expected, and we are truly sorry. What you tell us matters, and we would like to help put it right.

Could you tell us here what went wrong, for example with the item, the delivery or anything else that disappointed you? We will look into it carefully and offer a suitable solution under the marketplace's rules.

${SIGN_EN}`,
  },
  {
    slug: 'apology',
    name: '致歉并跟进 · Apology and follow-up',
    category: 'other',
    keyword: 'sorry',
    intents: [],
    zh: `{{buyer_name}}，您好！

非常抱歉给您带来了不好的体验，我们完全理解您的心情。您的问题我们已经记录下来，正在优先处理，会在 1 个工作日内在这里给您明确的答复。

感谢您的耐心和理解。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

We are very sorry for the trouble, and we completely understand your frustration. We have noted your issue and are giving it priority; we will come back to you here with a clear answer within 1 business day.

Thank you for your patience and understanding.

${SIGN_EN}`,
  },
  {
    slug: 'off-hours',
    name: '非工作时间自动回复 · Off-hours notice',
    category: 'off-hours',
    keyword: 'away',
    intents: [],
    zh: `您好，感谢您的留言！我们的客服团队目前不在工作时间，会在 1 个工作日内回复您。您不需要重复发送消息，我们上班后会第一时间查看。`,
    en: `Hello, thank you for your message! Our customer service team is currently outside working hours and will reply within 1 business day. There is no need to send your message again; we will read it as soon as we are back.`,
  },
  {
    slug: 'thanks',
    name: '感谢买家 · Thank you',
    category: 'thanks',
    keyword: 'thanks',
    intents: ['thanks-positive'],
    zh: `{{buyer_name}}，您好！

非常感谢您的来信，很高兴一切顺利！如果之后使用中有任何问题，请随时在这里联系我们，我们很乐意为您提供帮助。

祝您生活愉快！

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

Thank you so much for your message, we are glad everything worked out! If you ever have a question while using your purchase, just message us here and we will be happy to help.

Have a wonderful day!

${SIGN_EN}`,
  },
  {
    slug: 'issue-resolved',
    name: '问题已解决确认 · Glad it is resolved',
    category: 'thanks',
    keyword: 'resolved',
    intents: ['thanks-positive'],
    zh: `{{buyer_name}}，您好！

很高兴听到问题已经解决了，感谢您的耐心配合。关于订单 {{order_id}}，如果之后还有任何需要，请随时在这里给我们留言。

${SIGN_ZH}`,
    en: `Hi {{buyer_name}},

We are glad to hear the issue is resolved, and thank you for your patience along the way. If you need anything else regarding order {{order_id}}, just leave us a message here.

${SIGN_EN}`,
  },
];

export const DEFAULT_TEMPLATES: readonly TemplateRecord[] = Object.freeze(
  SEEDS.map(
    (seed): TemplateRecord => ({
      id: `default:${seed.slug}`,
      name: seed.name,
      category: seed.category,
      bodies: { zh: seed.zh, en: seed.en },
      platforms: [],
      keyword: seed.keyword,
      intents: seed.intents,
      builtIn: true,
      usageCount: 0,
      lastUsedAt: 0,
      createdAt: 0,
      updatedAt: 0,
    }),
  ),
);

/** Away mode's default text. */
export const OFF_HOURS_TEMPLATE_ID = 'default:off-hours';

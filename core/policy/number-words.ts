/**
 * Words around a number that decide what it is (detect-phone.ts), in the languages we support. Folded like the text
 * (lower case, no accents) when compiled; `|` separates words, a word may hold spaces and regular-expression syntax.
 */

/** Words that make the number after them a phone number. */
export const PHONE_WORDS: readonly string[] = (
  'tel|tel\\.|phone|telephone|call|call me|call us|mobile|cell|cellphone|sms|text me|whatsapp|wa|viber|' +
  'telegram|line|signal|zalo|hotline|contact|number|no\\.? hp|电话|電話|电话号码|電話號碼|手机|手機|手机号|手机号码|手機號碼|號碼|号码|' +
  '致电|致電|联系|聯繫|聯絡|微信|打给|打給|携帯|でんわ|お電話|電話番号|携帯番号|전화|전화번호|번호|연락처|핸드폰|휴대폰|카톡|telefon|handy|ruf|anrufen|' +
  'telephone|tél|portable|appelez|appeler|telefono|teléfono|móvil|movil|llama|llámanos|celular|' +
  'cellulare|chiamaci|chiama|telefone|ligue|ligar|zap|bel|mobiel|telefoon|numer|komórka|zadzwoń|ring|' +
  'mobil|ara|arayın|cep|هاتف|جوال|اتصل|رقم|واتساب|โทร|เบอร์|ไลน์|điện thoại|sđt|sdt|gọi|liên hệ|telp|hp|' +
  'nomor|hubungi|tawag|numero|cp'
).split('|');

/** Words that make the number after them an order, parcel or product number. */
export const ORDER_WORDS: readonly string[] = (
  'order|orders|order id|order no|order number|tracking|track|tracking number|parcel|shipment|awb|sku|' +
  'asin|isbn|ean|upc|item|item number|listing|invoice|receipt|ref|reference|case|ticket|transaction|' +
  'model|serial|part|id|#|no\\.|nr\\.|订单|訂單|单号|單號|运单|運單|快递|快遞|物流|编号|編號|发票|發票|型号|注文|追跡|伝票|問い合わせ番号|주문|송장|' +
  '운송장|배송|bestellung|bestellnummer|sendung|sendungsnummer|rechnung|artikel|commande|suivi|colis|facture|' +
  'pedido|seguimiento|envío|envio|factura|rastreio|encomenda|ordine|spedizione|fattura|bestelling|' +
  'zending|zamówienie|zamowienie|przesyłka|faktura|beställning|sändning|sipariş|kargo|fatura|طلب|الطلب|' +
  'شحنة|تتبع|فاتورة|คำสั่งซื้อ|พัสดุ|เลขพัสดุ|đơn hàng|đơn|vận đơn|mã|pesanan|resi|nomor pesanan|invois|' +
  'tracking no'
).split('|');

import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../core/language';

describe('language detection (first pass)', () => {
  it.each([
    ['Where is my parcel?', 'en'],
    ['Where is my order? It was due yesterday.', 'en'],
    ['Wo ist meine Bestellung? Ich warte seit zwei Wochen.', 'de'],
    ['Bonjour, où est ma commande ? Merci', 'fr'],
    ['Hola, ¿dónde está mi pedido? Gracias', 'es'],
    ['Ciao, dove è il mio ordine? Grazie', 'it'],
    ['注文した商品がまだ届きません。', 'ja'],
    ['我的订单什么时候发货？', 'zh'],
    ['สินค้ายังไม่ได้รับครับ', 'th'],
    ['أين طلبي؟', 'ar'],
    ['배송이 언제 되나요?', 'ko'],
    ['Где мой заказ?', 'ru'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('does not guess on text with no letters', () => {
    expect(detectLanguage('👍 111-2300471-3237033')).toBeUndefined();
  });
});

import type { Lexicon } from '../lexicon';

/**
 * Applied to every message whatever its language: emoji (folded to words by normalise.ts), marketplace terms every
 * buyer writes in Latin letters (A-to-z, PayPal, COD), laughter.
 */
export const common: Lexicon = {
  intents: {
    // Customs holds a parcel: the buyer asks where it is.
    'where-is-order':
      'neighbour:1 | neighbor:1 | nachbar*:1 | voisin*:1 | vecino:1 | vicino di casa:1 | vizinho:1 | buren:1 | buurman:1 | sasiad*:1 | granne*:1 | komsu*:1 | الجيران:1 | جاري:1 | เพื่อนบ้าน:1 | hang xom:1 | tetangga:1 | jiran:1 | kapitbahay:1 | 邻居:1 | 隣の:1 | 이웃:1 | 옆집:1 | returned to sender:2 | return to sender:2 | usps:1 | fedex:1 | dhl:1 | royal mail:1 | evri:1 | hermes:1 | dpd:1 | gls:1 | la poste:1 | colissimo:1 | chronopost:1 | correos:1 | seur:1 | mrw:1 | poste italiane:1 | brt:1 | ctt:1 | postnl:1 | bpost:1 | inpost:1 | poczta polska:1 | postnord:1 | yurtici:1 | aras kargo:1 | mng kargo:1 | ptt:1 | aramex:1 | smsa:1 | kerry:1 | flash express:1 | j&t:1 | jnt:1 | ninja van:1 | ninjavan:1 | jne:1 | sicepat:1 | lbc:1 | ghn:1 | ghtk:1 | viettel post:1 | 顺丰:1 | 中通:1 | 圆通:1 | 韵达:1 | 申通:1 | 黑猫:1 | ヤマト:1 | 佐川:1 | 日本郵便:1 | 대한통운:1 | 우체국:1 | 한진:1 | 로젠:1 | customs:1.5 | zoll:1.5 | aduana:1.5 | douane:1.5 | dogana:1.5 | alfandega:1.5 | gumruk*:1.5 | tullen:1.5 | 세관:1.5 | الجمارك:1.5 | ศุลกากร:1.5 | hai quan:1.5 | bea cukai:1.5 | kastam:1.5 | 海关:1.5 | 税関:1.5',
    // A thumbs-up or a heart on its own is thanks.
    'thanks-positive': 'emjpos:1',
    // Asked about in any language: differences, packs and prices, warranty, washing, batteries, devices ("does it
    // fit my phone?").
    'product-question':
      '?bluetooth*:1.5 | ?wifi:1.5 | ?wi-fi:1.5 | ?nfc:1.5 | ?usb-c:1.5 | ?usb c:1.5 | ?type-c:1.5 | ?type c:1.5 | ?gps:1.5 | ?蓝牙:1.5 | ?ブルートゥース:1.5 | ?블루투스:1.5 | ?บลูทูธ:1.5 | ?بلوتوث:1.5 | ?noise cancel*:1.5 | ?difference:1.5 | ?区别:1.5 | ?unterschied:1.5 | ?difference entre:1.5 | ?diferencia:1.5 | ?differenza:1.5 | ?diferenca:1.5 | ?verschil:1.5 | ?roznica:1.5 | ?skillnad:1.5 | ?fark:1 | ?차이:1.5 | ?ต่างกัน:1.5 | ?khac nhau:1.5 | ?bedanya:1.5 | ?beza:1.5 | ?pagkakaiba:1.5 | ?pack:1 | ?lot de:1 | ?kit com:1 | ?doppelpack:1.5 | ?same price:1 | ?price:1 | ?precio:1 | ?prix:1 | ?preis:1 | ?价格:1 | ?多少钱:1.5 | ?cheaper:1 | ?mas barato:1 | ?plus cher:1 | ?warranty:2 | ?garantie:2 | ?garantia:2 | ?garanzia:2 | ?gwarancj*:2 | ?garanti*:2 | ?보증:2 | ?ضمان:2 | ?ประกัน:2 | ?bao hanh:2 | ?garansi:2 | ?保修:2 | ?保証:2 | ?保固:2 | ?wash*:1.5 | ?washable:2 | ?lavable:2 | ?lavar*:1.5 | ?lavadora:2 | ?lavatrice:2 | ?waschbar:2 | ?waschmaschine:2 | ?wasmachine:2 | ?pralce:2 | ?prac:1.5 | ?tvatt*:1.5 | ?yika*:1.5 | ?makinede:1.5 | ?세탁:2 | ?غسال*:2 | ?ينغسل:2 | ?ซัก:1.5 | ?giat:1.5 | ?cuci:1.5 | ?dicuci:2 | ?basuh:1.5 | ?washing machine:2 | ?洗濯:2 | ?机洗:2 | ?水洗:2 | ?dishwasher:2 | ?spulmaschine:2 | ?microwave:1.5 | ?mikrowelle:1.5 | ?battery:1.5 | ?batterie:1.5 | ?bateria:1.5 | ?batterij:1.5 | ?batteri*:1.5 | ?bateri*:1.5 | ?baterai*:1.5 | ?pil:1 | ?pin:0.7 | ?watt*:1.5 | ?volt*:1.5 | ?mah:1.5 | ?电池:1.5 | ?续航:1.5 | ?バッテリー:1.5 | ?배터리:1.5 | ?แบต:1.5 | ?بطاريه:1.5 | ?البطاريه:1.5 | ?华为:1 | ?苹果:1 | ?三星:1 | ?小米:1 | ?iphone:1 | ?galaxy:1 | ?samsung:1 | ?pixel:1 | ?ipad:1 | ?macbook:1 | ?huawei:1 | ?xiaomi:1 | ?redmi:1 | ?oppo:1 | ?vivo:1 | ?airpods:1 | ?switch:0.5 | ?ps5:1',
  },
  positive: 'emjpos | xd | haha* | hehe',
  negative: 'emjneg',
  angry: 'emjangry',
  claim: 'a-to-z* | a to z | atoz | a-z guarantee | a-z claim',
  dispute: 'paypal dispute | paypal claim | paypal case',
  chargeback: 'chargeback* | charge back | charge-back',
  photo:
    'resimdeki | resimdekiyle | ในรูป | anh | so voi anh | fotos | fotoğraf | gambar | description | descriptif | beschreibung | descripcion | descrizione | descricao | beschrijving | opis | opisem | beskrivning | beskrivningen | aciklama | aciklamada | الوصف | รายละเอียด | mo ta | deskripsi | penerangan | 描述 | 说明 | 商品説明 | 説明 | 설명 | 상세 | photo* | foto* | picture* | pic | pics | image* | listing | bild* | 图片 | 照片 | 主图 | 写真 | 画像 | 사진 | รูป | hinh | gambar | صوره | الصوره | resim* | zdjeci* | zdjecie | bilden | larawan',
  differs:
    'nada que ver | nichts zu tun | rien a voir | niente a che fare | alakasi yok | alakasi | ไม่เหมือน | khac hoan toan | beda jauh | lain sangat | malayo | 不像 | 似てない | 전혀 다르 | altro colore | un altro | un altra | otro color | otra cosa | outra cor | outro | autre couleur | un autre | andere farbe | ein anderes | inny kolor | inne | annan farg | baska | farkli renk | 다른 | iba po | iba yung | iba ang | iba na | مو نفس | مش نفس | ليس نفس | غير مطابق | مو مطابق | hindi kapareho | di kapareho | hindi katulad | iba sa | iba yung | khong giong | tidak sama | gak sama | ga sama | non corrisponde | no corresponde | ne correspond pas | nao corresponde | komt niet overeen | niet overeen | stimmt nicht | entspricht nicht | nie zgadza | niezgodny | niezgodne | stammer inte | uymuyor | لا يطابق | مو مطابق | ไม่ตรง | khong giong | khong dung | tidak sesuai | gak sesuai | ga sesuai | tak sama | tak sesuai | hindi tugma | di tugma | 不符 | 不一致 | 不一样 | 不同 | 다름 | 달라요 | 와 다릅 | 과 다릅 | 違います | different | differs | diferente | differente | diverso | different | anders | verschillend | inny | inna | inne | skiljer | farkli | 差太多 | 不一样 | 差很多 | 違う | 違い | 全然違 | 다르 | 달라 | ต่าง | khac | beda | lain | مختلف | layo',
  link: 'link | links | lien | enlace | linki | lanken | lanken | lanken* | spaningslanken | リンク | 링크 | ลิงก์ | رابط | 链接 | tautan',
  absent:
    '足りません | 足りない | 빠져 | 빠졌 | 누락 | 안 들어 | 欠品 | ontbreken | ontbreekt | faltando | faltam | manquait | mancava | mancavano | brak | eksikti | kurang | tak cukup | kulang | 缺 | 缺少 | 足りない | 부족 | missing | fehlt | fehlen | falta | faltan | manque | manquent | manca | mancano | brakuje | saknas | eksik | sem o | sem a | gak ada | tidak ada | ga ada | takde | tiada | khong co | ko co | ไม่มี | 없어요 | 없네요 | 없습니다 | 没有 | 没看到 | 少了 | ناقص | ما فيه | مافي | wala | walang | 入っていません | 入ってない | ありません',
  accessory:
    'parts | pieces | piece | part | teile | teil | pieces | piezas | pezzi | pezzo | pecas | onderdelen | onderdeel | czesci | delar | delarna | parca | parcalar | قطع | ชิ้นส่วน | linh kien | phu kien | bagian | part | bahagian | piyesa | 零件 | 部品 | 부품 | 付属 | screws | schrauben | vis | tornillos | viti | parafusos | schroeven | sruby | skruvar | vida | cable | charger | adapter | manual | remote | strap | screws | accessories | accessory | kabel | ladekabel | netzteil | cable | cargador | cable del | cavo | caricatore | cabo | carregador | câble | chargeur | kabel | ladowarka | laddare | sarj | 케이블 | 충전기 | 充电线 | 充电器 | 数据线 | 配件 | ケーブル | 充電器 | 付属品 | สายชาร์จ | ที่ชาร์จ | day sac | cu sac | kabel charger | chargernya | charger nya | pengecas | كيبل | شاحن',
  pending:
    'nothing | nichts | rien | nada | nulla | niente | niks | nic | inget | ingenting | hicbir sey | لا شيء | ولا شي | ไม่มีอะไร | khong co gi | tidak ada apa | gak ada apa | tiada apa | walang dumating | 什么都没 | 何も | 아무것도',
};

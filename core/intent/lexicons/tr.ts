import type { Lexicon } from '../lexicon';

/** Turkish (ı/ş/ğ/ç/ö/ü folded: siparişim → siparisim); negation is mostly inside the verb (gelmedi), so listed whole. */
export const tr: Lexicon = {
  intents: {
    'where-is-order': `tahmini teslim:1.5 | tarihi gecti:1.5 | teslim tarihi gecti:2 | kurye:1.5 | ayni yerde:2 | hareket etmiyor:2 | ilerlemiyor:2 | bir haftadir:1.5 | 
      siparisim nerede:2 | kargom nerede:2 | urunum nerede:2 | paketim nerede:2 | nerede:1.5 | nerde:1.5 | gelmedi:2 | hala gelmedi:2 | halen gelmedi:2
      ulasmadi:2 | teslim edilmedi:2 | elime ulasmadi:2 | teslim almadim:2 | kargoya verilmedi:2 | kargoya verilmemis:2 | ne zaman gelir:2 | ne zaman gelecek:2
      ne zaman kargoya:2 | ne zaman gonderilecek:2 | kargoya verildi mi:2 | gonderildi mi:2 | takip numarasi:2 | kargo takip:2 | takip no:2 | kargo:0.7
      teslimat:0.5 | kayboldu:2 | teslim edildi gorunuyor:2 | bekliyorum:1.5 | gunlerdir:1.5 | haftalardir:1.5`,
    'return-refund': `karsilar misiniz:1.5 | karsilayabilir misiniz:1.5 | ?iade suresi:2.5 | ?kac gun icinde iade:2.5 | iade adresi:2 | olmadi:1 | kucuk geldi:1 | buyuk geldi:1 | dar geldi:1 | bol geldi:1 | bir buyuk beden:2 | bir kucuk beden:2 | buyuk bedenle:2 | kucuk bedenle:2 | hesabima yatmadi:1 | yatmadi:1 | baska beden*:2 | bir beden buyuk:2 | bir beden kucuk:2 | degisim:1.5 | iade*:2 | para iadesi:2 | paramı geri:2 | paramı iade:2 | param:1 | geri gonder*:2 | degisim:1 | degistirmek:0.7 | iade etmek:2`,
    'cancel-order': `vazgectim:2 | fikrimi degistirdim:1.5 | iki kere siparis:2 | iki kez siparis:2 | yanlislikla:1.5 | gondermeyin:2 | iptal*:2 | iptal etmek:2 | iptal edin:2 | vazgectim:2 | istemiyorum:1.5 | gondermeyin:2`,
    'change-order': `hediye paketi:2 | teslim noktasi:2 | diger siparisimle birlikte:2.5 | birlikte gonder:2 | adres degis*:2.5 | adresi degis*:2.5 | adresimi degis*:2.5 | yanlis adres:1.5 | yeni adres:1.5 | beden degis*:2.5 | bedeni degis*:2.5
      renk degis*:2.5 | rengi degis*:2.5 | siparisi degis*:2.5`,
    'damaged-defective': `bir tarafi calismiyor:2 | ses gelmiyor:2 | cizirdiyor:2 | baglanti kopuyor:2 | duruyor:1 | garip ses:2 | ses cikariyor:2 | gicirdiyor:2 | cabuk bitiyor:2 | sarji cabuk:2 | sarj tutmuyor:2 | tepki vermiyor:2 | takiliyor:2 | kapanmiyor:2 | fermuar bozuldu:2 | fermuari bozuk:2 | ekranda cizgi:2 | kirildi:2 | koptu:2 | yanik kokuyor:2 | ucu kirik:2 | cekti:1.5 | yikayinca cekti:2 | soldu:2 | boyasi atti:2 | boya verdi:2 | dikisi:1 | titriyor:1.5 | kendi kendine kapaniyor:2 | calismayi birakti:2 | calismiyor artik:2 | bozuldu:2 | bozuk:2 | cizik:2 | cizilmis:2 | yirtik:2 | sizdiriyor:2 | kirik:2 | catlak:2 | arizali:2 | defolu:2 | catlak:2 | catlamis:2 | kirik:2 | kirilmis:2 | kirildi:2 | hasarli:2 | hasar:1.5 | bozuk:2 | bozuldu:2 | arizali:2 | ariza:1.5 | calismiyor:2 | calismadi:2 | acilmiyor:2
      sarj olmuyor:2 | defolu:2 | cizik:2 | cizilmis:2 | yirtik:2 | sizdiriyor:2 | ezik:2 | kirli:1 | kullanilmis:1.5  | kalitesiz:1.5`,
    'wrong-item': `0 yerine 0:2.5 | 0 tane yerine:2 | bu degil:2 | ettigim urun bu degil:2.5 | siparis ettigim bu degil:2.5 | parca eksik:2 | yanlis urun:2.5 | yanlis beden:2 | yanlis renk:2 | yanlis:1 | farkli urun:2 | farkli:1 | siparis ettigim degil:2.5 | istedigim degil:2 | eksik:1
      eksik geldi:2 | bos kutu:2 | bos geldi:2`,
    'product-question': `?sifir mi:3 | ?ikinci el mi:3 | ?yenilenmis:2 | ?kac kilo:2 | ?tasir:1.5 | ?tasima kapasitesi:2 | ?dahil mi:2 | ?ile calisir:2 | ?nasil kullanilir:2 | ?nasil calisir:2 | ?nasil kurulur:2 | ?orijinal:1.5 | ?uygun mu:1.5 | ?kac gun surer:2 | ?kac gunde:2 | ?kargo kac gun:2 | kumas*:1.5 | kalib*:1.5 | ?nedir:1 | ?beden:1 | olcu*:1.5 | malzeme:1.5 | kumas:1 | uyumlu:2 | su gecirmez:2 | stok:1.5 | stokta:2 | mevcut mu:2 | nasil kullanilir:2 | kullanim kilavuzu:2
      soru:1 | bir sorum:0.6 | ?var mi:1 | ?olur mu:1 | kalip:1.5 | almadan once:2`,
    invoice: `satin alma belgesi:2.5 | fatura*:2.5 | makbuz:2 | kdv:2 | vergi numarasi:2 | e-fatura:2.5 | kurumsal fatura:2.5`,
    'thanks-positive': `anlatildigi gibi:2 | tekrar alirim:2 | teslim aldim:1.5 | tesekkur*:1 | sagol*:1 | eyvallah:1 | harika:1.5 | mukemmel:1.5 | memnun*:1.5 | cok guzel:1.5 | cok begendim:2 | begendim:1.5 | elime ulasti:1.5
      sorun cozuldu:1.5 | super:1`,
  },
  negated: {
    'where-is-order': 'geldi:2 | ulasti:2 | teslim edildi:2',
    'damaged-defective': 'calisiyor:2',
  },
  negAfter: 'degil | yok | olmadi',
  question: 'ne kadar | kac saat | mi | mu | mı | mü | ne zaman | nerede | nasil | neden | hangi | kac',
  changeVerb: 'eklemek | ekleyebilir | artirmak | yapabilir misiniz | olarak | degistir* | degisim | duzelt*',
  orderAttr:
    'siyah | beyaz | kirmizi | mavi | yesil | gri | pembe | bej | kahverengi | sari | mor | renk | renkleri | telefon | telefon numarasi | numara | adet | model | rengi | bedeni | adresi | bedenini | rengini | adres* | beden* | renk* | numara | adet',
  positive: 'tesekkur* | harika | mukemmel | memnun* | guzel | begendim | super | tavsiye',
  negative:
    'hayal kirikligi | memnun degilim | memnun kalmadim | berbat | rezalet | cok kotu | sinir | hesabima yatmadi:0.6 | yatmadi:0.6 | ayni yerde:0.6 | bir haftadir:0.6 | haftadir:0.6 | hala:0.6 | ulasmadi:0.6 | ne oldu:0.6 | 0 hafta:0.6 | hayal kirikligi | uzgun | kotu | berbat | sikayet | sorun:0.7 | maalesef:0.5 | hala:0.5 | sinir',
  polite: 'tesekkur* | sagol* | lutfen | rica ederim | iyi gunler | kolay gelsin',
  angry:
    'ucuncu kez:1 | ucuncu defa:1 | cevap yok:1 | cevap vermiyorsunuz:1 | kimse cevap vermiyor:1 | rezalet:1 | beceriksiz:1 | rezalet:1 | rezil:1 | sacmalik:1 | kabul edilemez:1 | dolandirici*:1 | berbat:0.7 | yaziklar olsun:1 | sinir oldum:1 | bir daha asla:1',
  reviewThreat:
    'olumsuz yorum | kotu yorum | 1 yildiz | bir yildiz | olumsuz degerlendirme | yorum yapacagim',
  claim: 'sikayet edecegim | sikayetvar | amazona bildir* | a-z garantisi | talep olustur*',
  dispute: 'itiraz',
  chargeback: 'ters ibraz | bankama | harcama itirazi | chargeback',
  legal:
    'avukat* | avukat | tuketici hakem | mahkeme | polis | savcilik | dava | dolandiricilik | yasal islem',
  urgentNow: 'acil | hemen | derhal | bir an once | ivedi',
  deadlineMark: 'kadar | once | en gec',
  time: 'cuma* | pazartesi* | sali* | carsamba* | persembe* | cumartesi* | pazar* | yarin* | bugun* | bugun | yarin | pazartesi | sali | carsamba | persembe | cuma | cumartesi | pazar | hafta sonu | 0 gun | dogum gunu',
  calm: 'acelesi yok | acil degil',
  packaging: 'kutu | koli | ambalaj | paket',
  instead: 'sadece | yerine',
  ordered: 'siparis ettim | sipariş ettim | sectim | istedim | siparis ettim | aldim | sectim',
  got: 'gonderdiniz | yolladiniz | geldi | geldi | gelmis | gonderildi | gonderilmis',
  need: 'lazim | ihtiyacim | gerekiyor | gerek | lazim bana',
  product: 'urun | urunu | urunun | model | modeli | esya',
  money: 'para | param | parami | paramin | ucret | ucreti | tutar | tutari',
  pending: 'hala | henuz | daha gelmedi | daha yatmadi | simdiye kadar',
  parcel: 'paketten | siparis | siparisim | kargo | kargom | paket | paketim | teslimat',
  late: 'gundur | haftadir | aktarma merkezinde | subede bekliyor | ayni subede | gecikti | gecikme | gec kaldi | kayboldu | kayip | takildi | bekliyor | cok uzun surdu',
  arrive:
    'geldi | gelmedi | gelir | gelecek | ulasti | ulasmadi | teslim | kargoya verildi | gonderildi | gonderilecek | yollandi',
  address:
    'telefon numarasi | adres | adresi | adresim | posta kodu | posta kodunu | kapi numarasi | sokak | daire',
  mistake: 'yanlis | hatali | hata',
  ack: 'tamam | peki | olur | anladim',
  fake: 'cakma | sahte | taklit | orijinal degil',
};

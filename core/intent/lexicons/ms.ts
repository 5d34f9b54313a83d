import type { Lexicon } from '../lexicon';

/** Malay (Malaysia, Singapore, Brunei) as typed in chats: x/tak (tidak), dah (sudah), brg, nak, bila, tq, Manglish. */
export const ms: Lexicon = {
  intents: {
    'where-is-order': `lewat dari tarikh:2 | tarikh jangkaan:1.5 | posmen:1.5 | tak bergerak:2 | x bergerak:2 | seminggu:1 | dah pos ke:2 | bila nak pos:2 | 0 minggu:1 | tunggu:1 | 
      barang tak sampai:2 | barang x sampai:2 | tak sampai lagi:2 | x sampai lagi:2 | belum sampai:2 | tak terima:2 | x terima:2 | belum terima:2
      belum dapat:2 | tak dapat lagi:2 | x dapat lagi:2 | bila nak sampai:2 | bila sampai:2 | bila hantar:2 | bila nak hantar:2 | bila pos:2 | dah pos:1.5
      dah hantar ke:2 | dah hantar belum:2 | no tracking:2 | tracking no:2 | nombor tracking:2 | nombor penjejakan:2 | parcel saya:1.5 | parcel:0.7
      penghantaran:0.5 | mana barang:2 | barang mana:2 | lama sangat:1.5 | tunggu lama:2 | hilang:1`,
    'return-refund': `?tempoh pemulangan:2.5 | alamat untuk return:2 | alamat return:2 | pulangkan:2 | pulang balik:2 | nak pulangkan:2 | tak muat:1 | terlalu kecil:1 | terlalu besar:1 | ketat sangat:1 | belum masuk:1 | masuk akaun:1 | besar sikit:2 | kecil sikit:2 | saiz lain:2 | saiz besar:1.5 | bayar balik:2 | pulangkan wang:2 | pulang duit:2 | duit balik:2 | wang balik:2 | duit saya:1.5 | pemulangan:2 | pulangkan barang:2 | tukar:0.7
      minta refund:2 | nak refund:2`,
    'cancel-order': `ubah fikiran:1.5 | tukar fikiran:1.5 | tak jadi:1.5 | order dua kali:2 | tersalah pilih:1.5 | tersalah order:1.5 | jangan hantar:2 | batal:2 | batalkan:2 | pembatalan:2 | tak jadi:2 | x jadi:2 | tak nak dah:2 | x nak dah:2 | jangan hantar:2`,
    'change-order': `balut hadiah:2 | bungkus hadiah:2 | gabung order:2.5 | tukar alamat:2.5 | ubah alamat:2.5 | alamat salah:2 | salah alamat:2 | alamat baru:1.5 | tukar saiz:2.5 | tukar size:2.5 | tukar warna:2.5
      ubah pesanan:2.5 | tukar kepada:1.5`,
    'damaged-defective': `tak ada bunyi:2 | tiada bunyi:2 | sebelah tak:2 | bunyi bergemerisik:2 | putus putus:2 | bunyi pelik:2 | bising:1.5 | cepat habis:2 | bateri cepat habis:2 | bateri lemah:2 | tak respon:2 | tersekat:2 | tak boleh tutup:2 | zip rosak:2 | skrin bergaris:2 | sumbing:2 | patah:2 | tercabut:1.5 | bau hangus:2 | mengecut:2 | luntur:2 | pudar:1.5 | jahitan:1 | tercabut:2 | berkelip:1.5 | mati sendiri:2 | tak berfungsi:2 | tidak berfungsi:2 | tak boleh guna:2 | tak menyala:2 | rosak:2 | pecah:2 | retak:2 | koyak:2 | bocor:2 | calar:2 | kemek:2 | cacat:2 | tak boleh charge:2 | x boleh charge:2 | retak:2 | pecah:2 | rosak:2 | pecah:2 | retak:2 | tak berfungsi:2 | x berfungsi:2 | tidak berfungsi:2 | tak boleh guna:2 | x boleh guna:2 | tak menyala:2
      tak on:2 | x on:2 | koyak:2 | calar:2 | bocor:2 | kemek:2 | kotor:1 | terpakai:1.5 | patah:2 | kualiti teruk:1.5 | cacat:2`,
    'wrong-item': `model salah:2.5 | salah model:2.5 | salah hantar:2.5 | hantar salah:2.5 | barang salah:2.5 | salah warna:2 | salah saiz:2 | salah size:2 | tak sama:1.5 | x sama:1.5 | tak sama dengan gambar:2.5
      bukan yang saya order:2.5 | bukan yg saya order:2.5 | kurang:1 | tak cukup:1.5 | kotak kosong:2`,
    'product-question': `?baru ke terpakai:3 | ?baru ke:2 | ?terpakai:2 | ?berapa kilo:2 | ?boleh tahan:1.5 | ?tahan berapa:2 | ?termasuk:1.5 | ?kalis air:2 | ?macam mana nak guna:2 | ?cara guna:2 | ?cara pakai:2 | ?original:1.5 | ?ori:1.5 | ?asli:1.5 | ?sesuai untuk:1.5 | ?berapa hari:1.5 | ?pos ke:1 | ?saiz:1 | ?size:1 | bahan:1.5 | ready stock:2 | ada stok:2 | stok:1 | sesuai untuk:1.5 | kalis air:2 | cara guna:2 | cara pakai:2 | nak tanya:0.6
      tanya sikit:0.6 | boleh tanya:2 | ?muat:1 | original ke:2 | ori ke:2`,
    invoice: `bukti pembelian:2.5 | invois:2.5 | resit:2 | resit rasmi:2.5 | sst:1.5 | cukai:1.5`,
    'thanks-positive': `sama macam gambar:1.5 | akan beli lagi:2 | dah dapat:1 | dah terima:1 | terima kasih:1 | tq:1 | tqvm:1.5 | tenkiu:1 | thank u:1 | mantap:1.5 | cantik:1.5 | puas hati:2 | berpuas hati:2 | suka:1 | best:1.5 | terbaik:2
      dah sampai:1.5 | dah terima:1.5 | sampai dengan selamat:2 | laju:1`,
  },
  negated: {
    'where-is-order': 'sampai:2 | terima:2 | dapat:2 | hantar:1.5 | pos:1.5',
    'damaged-defective': 'berfungsi:2 | boleh guna:2 | menyala:2 | on:1',
    'wrong-item': 'sama:1.5 | sesuai:1.5',
  },
  negBefore: 'tak | x | tidak | belum | bukan | takde | tiada | jangan',
  question: 'bila | mana | macam mana | berapa | kenapa | boleh ke | ke? | tak? | x? | kah',
  changeVerb: 'tambah | tukar | ubah | tukarkan',
  orderAttr:
    'hitam | putih | merah | biru | hijau | kelabu | pink | krim | coklat | kuning | ungu | nombor telefon | no telefon | no fon | alamat | saiz | warna | kuantiti | alamat | saiz | size | warna | kuantiti',
  positive: 'terima kasih | mantap | cantik | puas hati | suka | best | terbaik | laju | sedap',
  negative:
    'kecewa | geram | marah | teruk | tak puas hati | menyesal | hampa | belum masuk:0.6 | masuk akaun:0.6 | tak bergerak:0.6 | seminggu:0.6 | lama sangat:0.6 | tak terima apa:0.6 | 0 minggu:0.6 | kecewa | marah | teruk | hampeh | geram | masalah:0.7 | sedih | menyesal | lambat:0.5',
  polite: 'terima kasih | tq | tolong | boleh | sis | bos | boss | encik',
  angry:
    'tak balas:1 | tak reply:1 | 3 kali:0.7 | langsung tak:0.5 | buat tak tahu:1 | penipu:1 | tipu:1 | teruk gila:1 | hampeh:1 | bodoh:1 | bangang:1 | celaka:1 | sial:1 | babi:1 | kecewa gila:1 | tak guna:1',
  reviewThreat:
    'bintang 1 | 1 bintang | bintang satu | rating rendah | review buruk | bagi 1 star | bagi rating',
  claim: 'report shopee | report lazada | komplen | buat aduan | aduan',
  dispute: 'pertikaian',
  chargeback: 'bank saya | caj balik',
  legal: 'polis | peguam | tribunal | kpdnhep | kpdn | saman | penipuan | report polis',
  urgentNow: 'segera | cepat:0.5 | tolong cepat | urgent | secepat mungkin | cepat sikit',
  deadlineMark: 'sebelum | paling lewat | sempat',
  time: 'hari ini | harini | esok | lusa | isnin | selasa | rabu | khamis | jumaat | sabtu | ahad | minggu ni | 0 hari | raya | hari jadi',
  calm: 'tak urgent | x urgent | tak kisah | takpe',
  packaging: 'kotak | kotak luar | packaging | bungkusan',
  instead: 'je | sahaja | bukannya | sebaliknya',
  ordered: 'order | beli | saya order',
  got: 'dapat | sampai | dihantar | terima',
  need: 'mesti sampai | mesti | kena ada | perlukan | perlu | nak guna | nak pakai | kena sampai',
  product: 'barang | produk | item | benda ni | barang ni | produk ni',
  money: 'duit | wang | duit saya | bayaran | wang saya',
  pending: 'belum | masih | blm | sampai sekarang',
  parcel: 'pesanan | parcel | bungkusan | barang | order',
  late: 'kat hub | di hub | hari tersangkut | tak bergerak | gudang | lambat | lewat | lama sangat | hilang | tersangkut | tertahan',
  arrive: 'sampai | tiba | terima | dapat | hantar | dihantar | pos | dipos',
  address: 'nombor telefon | alamat | poskod | no rumah | nombor rumah | jalan',
  mistake: 'salah | silap | tersilap',
  ack: 'ok | baik | okay | orait',
  fake: 'tiruan | palsu | bukan original | barang tiruan | ciplak',
};

import type { Lexicon } from '../lexicon';

/**
 * Indonesian, as written on Shopee/Tokopedia chats: gak/ga/nggak/gk (tidak), blm (belum), udh/sdh (sudah), brg
 * (barang), kak/min (addressing the seller). Malay (ms.ts) shares much of it; both apply to either language.
 */
export const id: Lexicon = {
  intents: {
    'where-is-order': `lewat estimasi:2 | estimasi sampai:1.5 | sudah lewat:1 | sudah diproses:1.5 | udah diproses:1.5 | diproses belum:2 | resi*:2 | no resi:2 | nomor resi:2 | kurir*:1.5 | gak ada orang:1.5 | gak gerak:2 | ga gerak:2 | tidak bergerak:2 | nyangkut:2 | seminggu:1 | 0 minggu:1 | nunggu:1 | 
      pesanan saya dimana:2 | pesanan saya di mana:2 | paket saya dimana:2 | barang saya dimana:2 | pesanan dimana:2 | dimana:1 | di mana:1 | udah sampai mana:2
      sampai mana:2 | belum sampai:2 | blm sampai:2 | belum nyampe:2 | blm nyampe:2 | gak nyampe:2 | belum datang:2 | blm datang:2 | belum diterima:2
      belum terima:2 | belum dikirim:2 | blm dikirim:2 | belum dikirim juga:2 | kapan dikirim:2 | kapan sampai:2 | kapan nyampe:2 | kapan datang:2
      kapan diproses:2 | kok belum:1.5 | kok blm:1.5 | sudah dikirim belum:2 | udah dikirim:1.5 | sdh dikirim:1.5 | resi:2 | no resi:2 | nomor resi:2
      cek resi:2 | lacak:2 | status pesanan:2 | pengiriman:0.5 | paket hilang:2 | hilang:1 | nunggu lama:2 | lama banget:1.5 | kok lama:2`,
    'return-refund': `diganti:1 | ganti rugi:2 | ganti uang:2 | ?batas waktu retur:2.5 | ?batas retur:2.5 | alamat retur*:2 | returnya:2 | gak muat:1 | tidak muat:1 | kekecilan:1 | kebesaran:1 | kesempitan:1 | balikin:2 | dibalikin:2 | balikin barang:2 | kembalikan barang:2 | ngembaliin:2 | belum masuk:1 | masuk ke rekening:1 | lebih besar:2 | lebih kecil:2 | tukar ukuran:2 | refund:2 | pengembalian dana:2 | pengembalian barang:2 | uang kembali:2 | balikin uang:2 | kembalikan uang:2 | uang saya:1.5 | retur:2 | kembalikan:1.5
      tukar:0.7 | pengembalian:2 | minta refund:2`,
    'cancel-order': `berubah pikiran:1.5 | gak jadi:1.5 | ga jadi:1.5 | pesan dobel:2 | kepencet 2 kali:2 | salah pilih:1.5 | jangan dikirim:2 | dibatalin:2 | batalin:2 | salah pesan:1.5 | salah order:1.5 | batal:2 | batalkan:2 | dibatalkan:1.5 | pembatalan:2 | cancel:2 | gak jadi:2 | ga jadi:2 | nggak jadi:2 | tidak jadi:2 | gk jadi:2 | jangan dikirim:2`,
    'change-order': `bungkus kado:2 | packing kado:2 | titik ambil:2 | digabung:2 | gabung pengiriman:2.5 | ganti alamat:2.5 | ubah alamat:2.5 | alamat salah:2 | salah alamat:2 | alamat baru:1.5 | ganti ukuran:2.5 | ganti size:2.5 | ganti warna:2.5
      ubah pesanan:2.5 | ganti pesanan:2.5 | ganti jadi:1.5 | diganti:1`,
    'damaged-defective': `gak bunyi:2 | ga bunyi:2 | tidak bunyi:2 | sebelah gak:2 | sebelah mati:2 | kresek:2 | putus putus:2 | bunyi aneh:2 | bunyinya aneh:2 | berisik:1.5 | cepet habis:2 | cepat habis:2 | baterai drop:2 | boros baterai:2 | gak respon:2 | tidak merespon:2 | macet:1.5 | gak bisa ditutup:2 | resleting rusak:2 | resletingnya rusak:2 | layar bergaris:2 | gompal:2 | patah:2 | copot:1.5 | bau gosong:2 | bau hangus:2 | menyusut:2 | luntur:2 | pudar:1.5 | jahitan lepas:2 | jahitannya:1 | kedip:1.5 | mati sendiri:2 | tidak berfungsi:2 | gak berfungsi:2 | ga berfungsi:2 | mati total:2 | gak nyala:2 | ga nyala:2 | tidak menyala:2 | rusak:2 | pecah:2 | retak:2 | sobek:2 | robek:2 | bocor:2 | lecet:2 | baret:2 | cacat:2 | penyok:2 | gak bisa dicas:2 | tidak bisa dicas:2 | ga bisa dicas:2 | gak bisa di cas:2 | rusak:2 | pecah:2 | cacat:2 | tidak berfungsi:2 | gak berfungsi:2 | ga berfungsi:2 | gak nyala:2 | ga nyala:2 | tidak menyala:2 | mati:1.5
      retak:2 | bocor:2 | penyok:2 | sobek:2 | robek:2 | lecet:2 | baret:2 | kotor:1 | bekas:1.5 | error:1.5 | gak bisa dipakai:2 | tidak bisa dipakai:2
      kualitas jelek:1.5 | jelek:1 | patah:2 | kurang lengkap:1.5`,
    'wrong-item': `yang datang salah:2.5 | datang salah:2 | barang salah:2 | salah barang:2.5 | salah kirim:2.5 | dikirim salah:2.5 | salah model:2.5 | modelnya salah:2.5 | model salah:2.5 | model*:0.3 | salah kirim:2.5 | barang salah:2.5 | dikirim salah:2.5 | salah warna:2 | salah ukuran:2 | salah size:2 | salah produk:2.5 | tidak sesuai:2 | gak sesuai:2
      ga sesuai:2 | gk sesuai:2 | beda:1 | berbeda:1 | kurang:1 | kurang satu:2 | cuma datang satu:2 | kosong:1.5`,
    'product-question': `?baru atau bekas:3 | ?bekas atau:3 | ?baru atau:2 | ?second:1.5 | ?berapa kilo:2 | ?kuat nahan:2 | ?beban maksimal:2 | ?sudah termasuk:1.5 | ?bisa dipakai:1 | ?cara pakai*:2 | ?cara pake*:2 | ?cara penggunaan:2 | ?ori:1.5 | ?original:1.5 | ?asli:1.5 | ?cocok untuk:1.5 | ?berapa hari:1.5 | ?kirim ke:1 | bahan*:1.5 | ?ukuran:1 | ?size:1 | bahan:1.5 | ready:1.5 | ready stock:2 | ready gak:2 | ready ga:2 | ada stok:2 | stok:1 | cocok untuk:1.5 | cocok gak:1.5 | muat:1
      anti air:2 | tahan air:2 | cara pakai:2 | cara pemakaian:2 | tanya:1.5 | mau tanya:0.6 | numpang tanya:2 | ?bisa:0.5 | ori:1 | original gak:2`,
    invoice: `kuitansi:2.5 | buat reimburse:1.5 | untuk reimburse:1.5 | bukti pembelian:2.5 | faktur:2.5 | invoice:2.5 | kwitansi:2 | nota:1.5 | npwp:2 | faktur pajak:2.5`,
    'thanks-positive': `sesuai deskripsi:2 | bakal order lagi:2 | sudah diterima:1.5 | udah diterima:1.5 | terima kasih:1 | terimakasih:1 | makasih:1 | makasi:1 | trims:1 | thx:1 | tq:1 | mantap:1.5 | mantul:1.5 | bagus:1.5 | puas:1.5 | suka:1 | sesuai:0.5
      sudah sampai:1.5 | udah sampai:1.5 | sdh sampai:1.5 | sudah diterima:1.5 | udah nyampe:1.5 | sukses:1 | recommended:1.5 | rekomended:1.5`,
  },
  negated: {
    'where-is-order': 'sampai:2 | nyampe:2 | datang:2 | diterima:2 | terima:2 | dikirim:2 | tiba:2',
    'damaged-defective': 'berfungsi:2 | nyala:2 | menyala:2 | bisa dipakai:2',
    'wrong-item': 'sesuai:2',
  },
  negBefore: 'tidak | tak | belum | blm | bukan | gak | ga | nggak | enggak | ngga | gk | tdk | kagak | ndak',
  question:
    'kapan | dimana | di mana | bagaimana | gimana | berapa | kenapa | kok | apakah | apa | bisa | ya? | gak? | ga? | kah',
  changeVerb: 'tambah | nambah | ganti | ubah | tukar | diganti | diubah',
  orderAttr:
    'hitam | putih | merah | biru | hijau | abu | abu-abu | pink | cream | coklat | kuning | ungu | nomor hp | no hp | nomor telepon | alamat | ukuran | warna | jumlah | size | warna* | ukuran* | alamat* | alamat | ukuran | size | warna | jumlah | varian',
  positive:
    'terima kasih | makasih | mantap | mantul | bagus | puas | suka | keren | recommended | cepat:0.5 | sesuai:0.5',
  negative:
    'kecewa | kesel | kesal | nyesel | menyesal | jelek banget | parah | gak puas | tidak puas | gak ada orang:0.6 | padahal:0.6 | belum masuk:0.6 | masuk ke rekening:0.6 | gak gerak:0.6 | seminggu:0.6 | nyangkut:0.6 | kok lama:0.6 | lama banget:0.6 | belum diterima:0.6 | 0 minggu:0.6 | kesel:1 | kesal:1 | kecewa | kesal | marah | jelek | parah | buruk | masalah:0.7 | sayang sekali | lama:0.5 | nyesel | nyesal',
  polite: 'terima kasih | makasih | tolong | mohon | kak | gan | min | sis | ya kak',
  angry:
    '3 kali:0.7 | gak dibales:1 | ga dibales:1 | tidak dibalas:1 | gak direspon:1 | ga direspon:1 | dikacangin:1 | kesel banget:1 | gak ada yang bales:1 | ga ada yang bales:1 | ga dibales:1 | gak dibales:1 | penipu:1 | nipu:1 | parah:0.7 | kecewa berat:1 | sangat kecewa:1 | bodoh:1 | anjing:1 | bangsat:1 | goblok:1 | tolol:1 | brengsek:1 | kapok:1',
  reviewThreat:
    'bintang 1 | 1 bintang | bintang satu | rating jelek | ulasan buruk | review jelek | review buruk | ulasan jelek',
  claim:
    'komplain | ajukan komplain | laporkan ke shopee | lapor shopee | report shopee | lapor ke tokopedia | ajukan pengembalian',
  dispute: 'sengketa',
  chargeback: 'bank saya | chargeback',
  legal: 'polisi | lapor polisi | pengacara | ylki | penipuan | tuntut | pidana | hukum',
  urgentNow: 'segera | cepat:0.5 | tolong cepat | mendesak | secepatnya | urgent | buruan | cepetan',
  deadlineMark: 'sebelum | paling lambat | maksimal | harus sampai',
  time: 'hari ini | besok | lusa | senin | selasa | rabu | kamis | jumat | sabtu | minggu | minggu ini | 0 hari | lebaran | ulang tahun',
  calm: 'tidak buru buru | gak buru buru | santai',
  packaging: 'kardus | kotak | dus | packing | bungkus',
  instead: 'dapet | cuma | hanya | bukannya | malah dikirim | malah datang',
  ordered: 'pesan | saya pesan | beli | order',
  got: 'dapet | datang | dikirim | yang datang | dapat',
  need: 'butuh | perlu | butuhnya | dibutuhkan | harus sampai | harus sudah',
  product: 'barang | produk | barangnya | produknya | item | produk ini | barang ini',
  money: 'uang | dana | duit | saldo | uangnya | dananya',
  pending: 'belum | masih | blm | sampai sekarang | sampe sekarang',
  parcel: 'pesanan* | paket* | barang* | orderan* | kiriman*',
  late: 'gudang | transit | gak gerak | ga gerak | tidak bergerak | hari di | telat | terlambat | lama banget | lama sekali | hilang | nyangkut | tertahan | lambat',
  arrive: 'sampai* | sampe* | datang* | dateng* | nyampe* | diterima | terima | dikirim | kirim | diantar',
  address: 'nomor hp | no hp | alamat | kode pos | nomor rumah | no rumah | jalan',
  mistake: 'salah | keliru | typo',
  ack: 'oke | ok | siap | baik kak | baik',
  fake: 'kw | barang kw | palsu | bukan ori | tiruan',
};

import type { Lexicon } from '../lexicon';

/**
 * Vietnamese, written with or without tones (normalise.ts folds them: `chưa nhận được` → `chua nhan duoc`), and the
 * chat shorthand (ko/k = không, dc/đc = được, sp = sản phẩm, đh = đơn hàng, shop ơi).
 */
export const vi: Lexicon = {
  intents: {
    'where-is-order': `qua ngay giao:2 | tre hen:2 | qua hen:2 | chua thay:1.5 | chua thay hang:2 | chua thay dau:2 | toi dau roi:2 | den dau roi:2 | shipper:1.5 | gui hang chua:2 | dung im:2 | khong nhuc nhich:2 | ca tuan:1 | 
      don hang cua toi dau:2 | dau roi:1.5 | cua minh dau:2 | doi 0 tuan:1.5 | 0 tuan roi:1 | don cua toi dau:2 | hang dau:2 | don hang dau:2 | don dau:1.5 | chua nhan duoc:2 | chua nhan dc:2 | chua nhan:2
      chua nhan duoc hang:2 | chua thay hang:2 | chua toi:2 | chua den:2 | chua giao:2 | chua ship:2 | chua gui:2 | khi nao giao:2 | bao gio giao:2
      khi nao nhan:2 | bao gio nhan:2 | bao gio co hang:2 | khi nao toi:2 | bao gio toi:2 | bao lau nua:2 | ma van don:2 | van don:1.5 | ma theo doi:2
      theo doi don:2 | kiem tra don:1.5 | tinh trang don:2 | giao hang:0.5 | van chuyen:0.5 | that lac:2 | mat hang:1 | cho lau qua:2 | doi lau:1.5
      da gui chua:2 | gui chua:2 | ship chua:2 | giao chua:2`,
    'return-refund': `hoan lai:1.5 | hoan tien:2 | ?doi tra trong bao lau:2.5 | gui tra:2 | gui tra ve:2 | tra ve dia chi:2 | lon hon:1.5 | nho hon:1.5 | size lon hon:2 | size nho hon:2 | khong vua:1 | bi chat:1 | bi rong:1 | nho qua:1 | to qua:1 | tien hoan:2 | hoan tien:2 | tra lai tien:2 | nhan lai tien:2 | ve tai khoan:1 | chua ve:1 | lon hon:2 | nho hon:2 | doi sang size:2 | hoan tien:2 | tra hang:2 | tra lai:1.5 | hoan lai tien:2 | tra lai tien:2 | lay lai tien:2 | doi hang:1 | doi tra:2 | hoan hang:2 | refund:2`,
    'cancel-order': `doi y:1.5 | dat trung:2 | dat 2 lan:2 | dat nham mau:2.5 | dung gui:2 | dat nham:1.5 | huy don:2.5 | huy:1.5 | huy don hang:2.5 | khong mua nua:2 | ko mua nua:2 | khong lay nua:2 | ko lay nua:2 | dung giao:1.5 | dat nham:1.5`,
    'change-order': `goi qua:2 | diem nhan hang:2 | gop don:2.5 | gui chung:2 | doi dia chi:2.5 | thay doi dia chi:2.5 | sua dia chi:2.5 | dia chi sai:2 | dia chi moi:1.5 | doi size:2.5 | doi mau:2.5 | doi sang:1.5
      thay doi don:2.5 | sua don:2.5 | doi thanh:1.5`,
    'damaged-defective': `bi re:2 | re re:2 | mat tieng:2 | khong co tieng:2 | mot ben:2 | ngat ket noi:2 | keu re:2 | tieng la:2 | keu to:2 | pin tut:2 | tut pin:2 | hao pin:2 | pin yeu:2 | khong phan hoi:2 | bi ket:2 | khong dong duoc:2 | khoa keo bi hong:2 | khoa keo hong:2 | man hinh bi soc:2 | bi me:2 | me mot:2 | me 1:2 | bi gay:2 | gay roi:2 | mui khet:2 | bi co:2 | co rut:2 | phai mau:2 | ra mau:2 | bung chi:2 | tuot chi:2 | nhap nhay:1.5 | tu tat:2 | khong hoat dong:2 | khong dung duoc:2 | khong len:2 | khong len nguon:2 | bi hu:2 | hu roi:2 | hu hong:2 | hang hong:2 | bi hong:2 | hong roi:2 | bi be:2 | be roi:2 | bi vo:2 | vo roi:2 | bi nut:2 | nut roi:2 | bi rach:2 | rach:1.5 | tray xuoc:2 | bi xuoc:2 | chay nuoc:2 | ro ri:2 | bi loi:2 | hang loi:2 | bi mop:2 | mop meo:2 | sac khong vao:2 | sac khong duoc:2 | khong sac:2 | bi hong:2 | hong roi:2 | hu:1.5 | bi hu:2 | bi vo:2 | vo roi:2 | bi be:2 | be roi:2 | bi nut:2 | nut:1.5 | bi loi:2 | hang loi:2 | loi:1
      khong hoat dong:2 | ko hoat dong:2 | khong chay:2 | ko chay:2 | khong len:2 | ko len:2 | khong sac duoc:2 | tray xuoc:2 | bi tray:2 | bi rach:2
      rach:1.5 | bi mop:2 | mop:1.5 | ro ri:2 | bi ban:1.5 | chat luong kem:1.5 | hang cu:1.5 `,
    'wrong-item': `nham mau:2.5 | gui nham:2.5 | sai mau:2 | thieu phu kien:2 | giao sai:2.5 | gui sai:2.5 | sai hang:2.5 | sai mau:2 | sai size:2 | sai mau ma:2 | khong dung:1.5 | ko dung:1.5 | nham hang:2.5 | giao nham:2.5
      khong giong hinh:2 | ko giong hinh:2 | khong giong:1.5 | thieu hang:2 | giao thieu:2 | thieu:1 | hop rong:2`,
    'product-question': `?hang moi hay:3 | ?moi hay cu:3 | ?hang cu:2 | ?moi 100:2 | ?bao nhieu ky:2 | ?bao nhieu kg:2 | ?chiu duoc:2 | ?chiu luc:2 | ?kem theo:1.5 | ?dung voi:1.5 | chat gi:2 | chat lieu:2 | chat vai:2 | vai gi:2 | ?dung nhu the nao:2 | ?su dung nhu the nao:2 | ?cach dung:2 | ?cach su dung:2 | huong dan su dung:2 | ?chinh hang:2 | ?hang that:2 | ?auth:1.5 | ?phu hop:1.5 | ?mat may ngay:2 | mat may ngay:1.5 | may ngay:1 | ?mat may ngay:2 | ?may ngay:1.5 | ?size:1 | kich thuoc:2 | kich co:1.5 | chat lieu:2 | con hang khong:2 | con hang ko:2 | con hang:1.5 | co hang khong:2 | tuong thich:2
      chong nuoc:2 | cach dung:2 | huong dan:1.5 | cho hoi:0.6 | hoi chut:0.6 | tu van:1.5 | ?duoc khong:0.5 | mac vua:1.5`,
    invoice: `chung tu mua hang:2.5 | hoa don:2.5 | hoa don vat:2.5 | xuat hoa don:2.5 | hoa don do:2.5 | ma so thue:2 | phieu thu:2`,
    'thanks-positive': `tuyet voi:1.5 | se gioi thieu:2 | gioi thieu ban be:2 | giong mo ta:2 | se mua lai:2 | nhan roi:1 | da nhan:1 | cam on:1 | cam ong:1 | cmon:1 | tks:1 | thank shop:1 | hang dep:2 | dep lam:1.5 | tot:1 | rat tot:1.5 | hai long:1.5 | rat hai long:2
      ung ho:1.5 | da nhan duoc:1.5 | nhan duoc hang roi:2 | giao nhanh:1.5 | ok shop:1.5 | 0 sao:0.5`,
  },
  negated: {
    'where-is-order': 'nhan duoc:2 | nhan dc:2 | nhan:1.5 | toi:1 | den:1 | giao:1.5',
    'damaged-defective': 'hoat dong:2 | chay:1.5 | len:1 | sac:1',
    'wrong-item': 'giong:1.5',
  },
  negBefore: 'khong | ko | k | kh | chua | chang | cha',
  question:
    'bao lau | bao nhieu | duoc bao lau | khong$ | ko$ | chua$ | khong? | ko? | khi nao | bao gio | o dau | dau | sao | tai sao | the nao | nhu the nao | bao nhieu | duoc khong | dc ko | ko a?',
  changeVerb: 'them | bo sung | doi | thay doi | sua | chuyen',
  orderAttr:
    'mau den | mau trang | mau do | mau xanh | mau hong | mau xam | mau be | so dien thoai | sdt | dia chi | size | mau | so luong | dia chi | size | mau | kich co | so luong | sdt | so dien thoai',
  positive: 'cam on | dep | tot | hai long | thich | tuyet voi | ung ho | yeu | chat luong tot | nhanh:0.5',
  negative:
    'that vong | buc minh | kho chiu | te qua | qua te | khong hai long | chan | ve tai khoan:0.6 | chua ve:0.6 | dung im:0.6 | ca tuan:0.6 | chua nhan:0.6 | sao lau:0.6 | lau vay:0.6 | 0 tuan:0.6 | bao giao roi:0.6 | that vong | buc minh | buc | te | kem | chan | tuc | van de:0.7 | qua te | khong hai long',
  polite: 'cam on | vui long | lam on | shop oi | nhe | dc ko',
  angry:
    'lan thu 3:1 | lan thu ba:1 | khong tra loi:1 | khong ai tra loi:1 | khong rep:1 | seen khong rep:1 | lua dao:1 | qua te:1 | lam an kieu gi:1 | vo trach nhiem:1 | buc minh:1 | do lua dao:1 | dm:1 | vcl:1 | vl:0.7 | tuc qua:1 | khong bao gio mua:1',
  reviewThreat:
    'danh gia 1 sao | 1 sao | mot sao | danh gia xau | danh gia kem | danh gia te | boc phot | review xau',
  claim:
    'bao cao shop | bao cao | to cao | khieu nai | khieu nai | bao cao shopee | bao shopee | to cao | khieu nai len shopee',
  dispute: 'tranh chap',
  chargeback: 'ngan hang | hoan tien qua ngan hang',
  legal:
    'cong an | lua dao | khoi kien | kien ra toa | se kien | kien shop | di kien | toa an | luat su | bao cong an',
  urgentNow: 'gap | can gap | khan cap | ngay lap tuc | nhanh len | lien tay | giao lien',
  deadlineMark: 'truoc | trong vong | kip',
  time: 'mai | sang mai | toi mai | chieu mai | truoc tet | hom nay | ngay mai | ngay kia | thu hai | thu ba | thu tu | thu nam | thu sau | thu bay | chu nhat | thu 0 | cuoi tuan | tuan nay | 0 ngay | tet | sinh nhat',
  calm: 'khong gap | ko gap | tu tu',
  packaging: 'hop | thung | bao bi | hop hang',
  instead: 'chi nhan duoc | chi co | chi nhan | thay vi',
  ordered: 'dat | minh dat | toi dat | mua',
  got: 'giao | nhan duoc | gui | nhan',
  need: 'minh can | toi can | em can | can gap | can truoc | can hang | can nhan',
  product: 'san pham | hang nay | mau nay | cai nay | mon nay | sp nay | sp',
  money: 'tien | so tien | tien cua minh',
  pending: 'chua | van chua | den gio',
  parcel: 'don hang | don | hang | kien hang | goi hang',
  late: 'nam o kho | o kho | ngay roi | van nam | kho trung chuyen | tre | cham | bi tre | giao cham | mat hang | that lac | bi ket | lau qua | lau the',
  arrive:
    'giao | nhan | nhan duoc | giao den | giao toi | toi noi | den noi | gui | ship | gui di | gui hang',
  address: 'so dien thoai | sdt | dia chi | ma buu dien | so nha | duong',
  mistake: 'sai | nham | ghi sai',
  ack: 'da vang | vang | ok | duoc roi',
  fake: 'hang fake | fake | hang gia | hang nhai | khong chinh hang | hang dom',
};

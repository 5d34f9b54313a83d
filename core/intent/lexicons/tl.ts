import type { Lexicon } from '../lexicon';

/** Tagalog and Taglish (English applies too): po/opo, di/hindi, wala pa, pa-ship, i-cancel, kelan, nasan. */
export const tl: Lexicon = {
  intents: {
    'where-is-order': `lampas na sa:1.5 | lagpas na sa:1.5 | expected delivery:1.5 | rider:1.5 | di gumagalaw:2 | hindi gumagalaw:2 | isang linggo na:1.5 | na-ship na po ba:2 | kelan po:1 | kailan po:1 | ship na ba:2 | wala pa rin:2 | 
      nasaan na:2 | nasan na:2 | asan na:2 | san na:1.5 | nasaan po:2 | nasan po:2 | nasaan ang order:2 | asan order:2 | wala pa:1.5 | wala pa rin:2 | wala pa po:2
      di pa dumating:2 | hindi pa dumating:2 | hindi pa dumadating:2 | di pa dumadating:2 | hindi ko pa natatanggap:2 | di ko pa natatanggap:2
      hindi ko natanggap:2 | di ko natanggap:2 | kailan darating:2 | kelan darating:2 | kailan dadating:2 | kelan dadating:2 | kelan dating:2
      kailan po darating:2 | kailan ipapadala:2 | kelan ship:2 | kailan ship:2 | na-ship na:2 | naship na:2 | shinip na:2 | na ship na:2 | tracking number po:2
      ang tagal:1.5 | tagal naman:1.5 | matagal na:1.5 | naghihintay:1.5 | hinihintay:1.5 | nawala:1.5`,
    'return-refund': `?ilang araw po pwede ibalik:2.5 | ?pwede ibalik:2 | ibabalik:2 | saan ibabalik:2 | hindi kasya:1 | di kasya:1 | masikip:1 | maluwag:1 | maliit sa akin:1 | hindi pa pumapasok:1 | pumapasok:1 | mas malaking:2 | mas maliit:2 | ibang size:1.5 | ibalik ang pera:2 | ibalik yung pera:2 | ibalik ang bayad:2 | balik pera:2 | pera ko:1.5 | ibalik:1.5 | isauli:2 | isasauli:2 | palit:0.7 | papalitan:0.7
      pa-refund:2 | pa refund:2 | irefund:2 | i-refund:2`,
    'cancel-order': `nagbago isip:1.5 | nagbago ang isip:1.5 | naorder ko ng dalawang beses:1.5 | nag-order ng dalawang beses:1.5 | dalawang beses ko na-order:1.5 | dalawang beses naorder:1.5 | na-double:2 | wag nyo na ipadala:2 | mali po naorder:1.5 | mali naorder:1.5 | i-cancel:2 | icancel:2 | ikansel:2 | kansel:2 | ayaw ko na:2 | ayoko na:2 | wag na:1.5 | huwag na:1.5 | wag nyo na ipadala:2 | pa-cancel:2 | pacancel:2`,
    'change-order': `gift wrap:2 | i-gift wrap:2 | isabay:2 | palitan ang address:2.5 | palitan yung address:2.5 | palit address:2.5 | pa-change address:2.5 | ibang address:1.5 | mali ang address:2 | maling address:2
      palit size:2.5 | palitan ang size:2.5 | palit kulay:2.5 | palitan ang kulay:2.5 | ibang kulay na lang:2 | ibang size na lang:2`,
    'damaged-defective': `isang side lang:2 | walang tunog:2 | isang tenga lang:2 | naputol:1.5 | nagdi-disconnect:2 | kakaibang tunog:2 | may tunog:1.5 | maingay:1.5 | malowbat:2 | mabilis malowbat:2 | lowbat agad:2 | hindi nagre-respond:2 | naiipit:1.5 | ayaw magsara:2 | sira na po yung zipper:2 | sira yung zipper:2 | sirang zipper:2 | lamat:2 | may lamat:2 | bali:1.5 | nabali:2 | putol:1.5 | amoy sunog:2 | lumiit:2 | kumupas:2 | kupas:1.5 | tastas:2 | natastas:2 | kumikislap:1.5 | namamatay:2 | ayaw gumana:2 | ayaw na gumana:2 | hindi gumagana:2 | di gumagana:2 | tumigil:1.5 | sira:2 | basag:2 | punit:2 | tumutulo:2 | may gasgas:2 | gasgas:1.5 | yupi:2 | depekto:2 | may depekto:2 | ayaw mag charge:2 | hindi nagcha-charge:2 | sira:2 | sirang:2 | may sira:2 | nasira:2 | basag:2 | nabasag:2 | hindi gumagana:2 | di gumagana:2 | ayaw gumana:2 | ayaw mag on:2 | di nag o-on:2
      hindi nag o-on:2 | gasgas:2 | may gasgas:2 | punit:2 | may punit:2 | depekto:2 | yupi:2 | tumutulo:2 | madumi:1 | luma:1 `,
    'wrong-item': `maling model:2.5 | kulang ang parts:2 | mali:1 | maling item:2.5 | maling size:2 | maling kulay:2 | maling order:2.5 | mali ang pinadala:2.5 | mali ang dumating:2.5 | iba ang dumating:2.5
      ibang item:2 | hindi ito ang inorder:2.5 | di ito ang inorder:2.5 | hindi yan ang order:2.5 | hindi ko inorder:2.5 | kulang:1.5 | kulang ng isa:2 | walang laman:2`,
    'product-question': `?brand new po ba:3 | ?brand new:2 | ?second hand:2 | ?ilang kilo:2 | ?kaya ng:1 | ?kaya ba:1.5 | ?kasama na:1.5 | ?pwede ba sa:1 | ?paano gamitin:2 | ?paano po gamitin:2 | ?paano gamitin:2 | ?paano i-setup:2 | ?original:1.5 | ?orig:1.5 | ?pwede sa:1 | ?ilang araw:2 | ?bago makarating:1.5 | tela:1.5 | ?anong:0.5 | ?size:1 | sukat:1.5 | available pa:2 | meron pa:2 | may stock:2 | may stocks:2 | pwede ba:1 | puwede ba:1 | kasya ba:2 | paano gamitin:2
      pano gamitin:2 | tanong lang:0.6 | magtatanong lang:2 | ask lang:2 | original ba:2 | ?meron ba:1`,
    invoice: `proof of purchase:2.5 | resibo:2 | official receipt:2.5 | invoice:2.5 | sales invoice:2.5`,
    'thanks-positive': `same as described:2 | oorder ulit:2 | received po:1 | natanggap ko na:2 | legit seller:2 | sulit:1.5 | salamat:1 | salamat po:1 | maraming salamat:1 | thank you po:1 | ty po:1 | ang ganda:2 | maganda:1.5 | solid:1.5 | sulit:1.5 | ayos:1 | nareceive ko na:2
      natanggap ko na:2 | dumating na:1.5 | god bless:1 | legit:1.5`,
  },
  negated: {
    'where-is-order': 'dumating:2 | dumadating:2 | natanggap:2 | natatanggap:2 | nareceive:2 | na-receive:2',
    'damaged-defective': 'gumagana:2 | gumana:2',
    'wrong-item': 'tugma:1.5 | pareho:1',
  },
  negBefore: 'hindi | di | wala | walang | wag | huwag | ayaw',
  question:
    'gaano | gaano katagal | kailan | kelan | nasaan | asan | paano | pano | bakit | magkano | ilan | ba | po ba | pwede ba',
  changeVerb:
    'papalit | ipalit | mapalitan | ipapalit | dagdag | idagdag | palitan | palit | papalitan | baguhin | change | pa-change',
  orderAttr:
    'itim | puti | pula | asul | berde | gray | pink | kulay | phone number | number | address | size | kulay | quantity | address | size | kulay | sukat',
  positive: 'salamat | maganda | ganda | solid | sulit | ayos | legit | happy | bet ko | love ko',
  negative:
    'nakakadismaya | dismayado | nakakainis | inis | galit | pangit | sayang pera | hindi pa pumapasok:0.6 | pumapasok:0.6 | di gumagalaw:0.6 | isang linggo:0.6 | wala naman akong natanggap:0.6 | ang tagal:0.6 | di pa rin:0.6 | wala pa rin:0.6 | nakakainis | inis | badtrip | bad trip | nakakadismaya | dismayado | sayang | galit | problema:0.7 | ang tagal:0.7',
  polite: 'salamat | po | opo | pls po | sana po',
  angry:
    'pangatlong:1 | wala pa ring sagot:1 | walang sumasagot:1 | hindi sumasagot:1 | hindi kayo sumasagot:1 | seen lang:1 | 0rd message:1 | sumagot naman kayo:1 | grabe:0.5 | bwisit:1 | bwiset:1 | nakakabwisit:1 | scammer:1 | manloloko:1 | walang kwenta:1 | nakakainis:0.7 | bastos:1 | putang ina:1 | tangina:1 | pakshet:1 | gago:1',
  reviewThreat: '1 star | one star | bad review | low rating | ire-rate ko | rate ko ng 1',
  claim: 'ireport | i-report | irereport | ire-report | report ko kayo | report sa shopee | report sa lazada',
  dispute: 'dispute',
  chargeback: 'bangko',
  legal: 'dti | pulis | abogado | idedemanda | demanda | kasuhan | kakasuhan | scam',
  urgentNow: 'agad | agad-agad | kailangan ko na | madalian | asap po | urgent po',
  deadlineMark: 'bago | hanggang | kailangan ko sa',
  time: 'ngayon | ngayong araw | bukas | sa lunes | martes | miyerkules | huwebes | biyernes | sabado | linggo | 0 araw | birthday | pasko',
  calm: 'walang rush | hindi urgent | no rush po',
  packaging: 'box | kahon | packaging',
  instead: 'lang po | lang | lang po dumating | lang dumating | lang ang dumating | imbes na | sa halip na',
  ordered: 'inorder ko | order ko | binili ko',
  got: 'dumating | natanggap | pinadala',
  need: 'kailangan | kelangan | need ko | kailangan ko',
  product: 'item | produkto | product | ito | yung item',
  money: 'pera | bayad | pera ko',
  pending: 'wala pa | hindi pa | di pa | pa rin | hanggang ngayon | until now',
  parcel: 'order | parcel | package | item',
  late: 'nasa hub | sa hub | days na | araw na | hindi gumagalaw | late | delayed | tagal | ang tagal | nawala | stuck | matagal',
  arrive:
    'dumating | darating | dumarating | natanggap | matanggap | ma-ship | ship | naipadala | ipadala | padala',
  address: 'contact number | phone number | address | zip code | house number | street | kalye',
  mistake: 'mali | nagkamali',
  ack: 'sige | ok po | okay po | noted po',
  fake: 'peke | fake | hindi original | class a',
};

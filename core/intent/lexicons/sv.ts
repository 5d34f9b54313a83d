import type { Lexicon } from '../lexicon';

/** Swedish (å/ä/ö folded: `ändra` is written `andra`, which is also "other": phrases keep them apart). */
export const sv: Lexicon = {
  intents: {
    'where-is-order': `beraknat leveransdatum:1.5 | har passerat:1 | skickats an:2 | skickats:1.5 | har ni skickat:2 | var e mitt:2 | var e min:2 | var ar mitt paket:2 | budet:1.5 | ?skickat:1.5 | ?skickad:1.5 | statt still:2 | star still:2 | fastnat:2 | inget paket:2 | vad hander:0.5 | 0 veckor:1 | 
      var ar mitt paket:2 | var ar min bestallning:2 | var ar min order:2 | var ar mitt:1.5 | inte fatt:2 | inte fått:2 | har inte kommit:2
      inte kommit:2 | inte levererat:2 | inte levererad:2 | fortfarande inte:1.5 | nar kommer:2 | nar skickas:2 | nar levereras:2 | skickat an:1.5
      sparning*:2 | sparningsnummer:2 | kollinummer:2 | leveransstatus:2 | leverans*:0.5 | paketet:0.5 | vantar fortfarande:2 | vantat i:1.5 | borttappat:2`,
    'return-refund': `?returratt:2.5 | ?hur lange kan jag returnera:2.5 | returadress:2 | passar inte:1 | for liten:1 | for stor:1 | for tajt:1 | aterbetalning*:2 | till mitt konto:1 | pa mitt konto:1 | annan storlek:2 | byta till en:2 | storre storlek:2 | mindre storlek:2 | aterbetalning:2 | aterbetala:2 | pengarna tillbaka:2 | mina pengar:1.5 | retur*:2 | returnera:2 | skicka tillbaka:2 | byta:1 | aterkop:1.5 | angerratt:1.5`,
    'cancel-order': `angrat mig:1.5 | angrar mig:1.5 | bestallt tva ganger:2 | dubbelbestallt:2 | stoppa ordern:2.5 | stoppa bestallningen:2.5 | angrar mig:1.5 | av misstag:1.5 | skicka inte:2 | avbryta:2 | avbryt:2 | avbestall*:2 | avboka:2 | annullera:2 | makulera:2 | angra kopet:1.5 | inte skicka:2 | behover den inte:1.5`,
    'change-order': `ombud:1.5 | utlamningsstalle:2 | presentinslagning:2 | slå in:1 | tillsammans med min andra:2.5 | skicka tillsammans:2 | andra adress:2.5 | andra adressen:2.5 | ny adress:1.5 | fel adress:1.5 | andra storlek:2.5 | byta storlek:2.5 | byta farg:2.5 | andra farg:2.5
      andra bestallning:2.5 | andra min order:2.5`,
    'damaged-defective': `stannar hela tiden:2 | stannar:1 | inget ljud:2 | sprakar:2 | kopplar ifran:2 | bara ena sidan:2 | later konstigt:2 | konstigt ljud:2 | skramlar:2 | gnisslar:2 | tar slut snabbt:2 | laddar ur:2 | hall inte laddningen:2 | reagerar inte:2 | fastnar:1.5 | gar inte att stanga:2 | dragkedjan gick sonder:2 | dragkedja trasig:2 | ranor pa skarmen:2 | gick av:2 | gick sonder:2 | kantstott:2 | luktar brant:2 | brant lukt:2 | krympte:2 | krympt:2 | fargade av:2 | blekt:1.5 | sommen:1 | flimrar:2 | stanger av sig:2 | slutat fungera:2 | slutade fungera:2 | slutat funka:2 | slutade funka:2 | repig:2 | repigt:2 | repad:2 | lacker:2 | sonder:2 | sondrig:2 | riven:2 | rivet:2 | trasig:2 | sprucket:2 | sprickor:2 | spricka:2 | trasig:2 | trasigt:2 | trasiga:2 | skadad:2 | skadat:2 | skadade:2 | defekt:2 | fungerar inte:2 | funkar inte:2 | sonder:2 | repad:2 | repor:2
      spruckit:2 | sprucken:2 | lacker:2 | startar inte:2 | laddar inte:2 | dalig kvalitet:1.5  | buckla:2 | smutsig:1 | anvand:1`,
    'wrong-item': `delar saknas:2 | fel vara:2.5 | fel produkt:2.5 | fel storlek:2 | fel farg:2 | fel modell:2.5 | fel:1 | inte det jag bestallde:2.5 | inte vad jag bestallde:2.5
      annan vara:2 | annan produkt:2 | saknas:1 | tom lada:2`,
    'product-question': `?skillnaden:1.5 | ?skillnad mellan:2 | ?ny eller:3 | ?begagnad:2 | ?ar den ny:2 | ?hur manga kilo:2 | ?diska:1.5 | ?diskmaskin:2 | ?tal:1 | ?ingar:1.5 | ?medfoljer:1.5 | ?fungerar med:2 | ?hur anvander:2 | ?hur fungerar:2 | ?hur monterar:2 | ?original:1.5 | ?akta:1.5 | ?passar for:1.5 | ?hur lang tid tar frakten:2 | ?frakten till:1.5 | ?skickar ni till:1.5 | ?storlek:1 | matt:1.5 | material:1.5 | kompatibel:2 | vattentat:2 | i lager:2 | tillganglig:1.5 | bruksanvisning:2 | hur anvander:2
      fraga om:1.5 | ?passar:1 | ?finns:1 | ?ar den:1 | ?kan man:1 | storleksguide:2 | liten i storleken:1.5 | stor i storleken:1.5`,
    invoice: `kopbevis:2.5 | faktura*:2.5 | kvitto*:2 | faktura:2.5 | kvitto:2 | moms:2 | momsregistreringsnummer:2.5 | orgnummer:1.5`,
    'thanks-positive': `supernojd:2 | jattenojd:2 | snabb leverans:1.5 | som beskrivet:2 | kopa igen:2 | mottaget:1 | fatt den:1 | tack:1 | tack sa mycket:1 | tusen tack:1 | perfekt:1.5 | jattebra:1.5 | nojd:1.5 | mycket nojd:2 | toppen:1.5 | kom fram:1 | allt bra:1.5 | problemet ar lost:1.5`,
  },
  negated: {
    'where-is-order':
      'fatt:2 | kommit:2 | levererat:2 | levererad:2 | skickat:2 | skickad:2 | mottagit:2 | kommit fram:2',
    'damaged-defective': 'fungerar:2 | funkar:2 | startar:1.5 | laddar:1.5',
    'wrong-item': 'bestallde:1.5 | ratt:1.5',
  },
  negBefore: 'inte | ej | aldrig | utan | ingen | inget | inga',
  question: 'hur lange | var | nar | hur | vad | varfor | vilken | kan ni | kan jag | finns det | ar det',
  changeVerb: 'lagga till | oka | andra | byta | byt | korrigera | uppdatera',
  orderAttr:
    'ordern | svart | svarta | vit | vita | rod | roda | bla | gron | gra | rosa | beige | brun | gul | farger | telefonnummer | telefon | modell | *adress* | adress | adressen | storlek | storleken | farg | fargen | antal',
  positive:
    'tack | perfekt | jattebra | nojd | toppen | bra:0.6 | glad | fantastisk | underbar | rekommenderar',
  negative:
    'besviken | besvikelse | missnojd | irriterad | arg | forskracklig | uselt | usel | till mitt konto:0.6 | pa mitt konto:0.6 | statt still:0.6 | i en vecka:0.6 | fastnat:0.6 | fortfarande inte:0.6 | inte fatt nagot:0.6 | det star levererat:0.6 | 0 veckor:0.6 | inget paket:0.6 | vad hander:0.6 | besviken | arg | dalig | daligt | missnojd | klagomal | problem:0.7 | tyvarr:0.5 | fortfarande:0.5 | trist',
  polite: 'tack | snalla | vanligen | halsningar | mvh',
  angry:
    'inkompetenta:1 | inkompetent:1 | tredje gangen:1 | inget svar:1 | ingen svarar:1 | ignorerar mig:1 | oacceptabelt:1 | skandal:1 | bedragare:1 | lojligt:1 | vardelos:1 | skamt:1 | jattearg:1 | forbannad:1 | aldrig mer:1',
  reviewThreat:
    'dalig omdome | daligt omdome | dalig recension | negativ recension | daligt betyg | 1 stjarna | en stjarna | dalig recension | negativt omdome',
  claim: 'reklamation | anmala | a-till-o | a-o-garanti | kontakta amazon | kontakta ebay',
  dispute: 'tvist',
  chargeback: 'aterkrav | banken | kortforetaget | bestrida kopet',
  legal:
    'anmaler | anmala er | anmaler er | polisanmaler | advokat | polisen | polisanmalan | arn | konsumentverket | bedrageri | stamma | domstol',
  urgentNow: 'bradskande | snarast | omedelbart | direkt | akut | asap',
  deadlineMark: 'innan | senast | fore | till',
  time: 'idag | imorgon | i morgon | mandag | tisdag | onsdag | torsdag | fredag | lordag | sondag | helgen | 0 dagar | julen | fodelsedag',
  calm: 'direkt till | direkt hem | ingen bradska | inte bradskande',
  packaging: 'kartong | kartongen | forpackning | paketet | lada',
  instead: 'bara | istallet for | istallet',
  ordered: 'bestallde | jag bestallde | kopte',
  got: 'fick | kom | levererades | skickades',
  negAfter: 'inte',
  differs: 'skiljer sig',
  need: 'behover | maste ha | behover den | behover det',
  product: 'produkt | produkten | varan | artikel | artikeln | modell | modellen',
  money: 'pengar | pengarna | beloppet | mina pengar',
  pending: 'fortfarande | annu | inte an | an sa lange',
  parcel: 'bestallning | bestallningen | paket | paketet | leverans | leveransen | order',
  late: 'i en vecka | sedan i mandags | terminalen | samma status | statt still | forsvunnit | forsvann | forsvunnen | forsenad | forsenat | forsening | forsvunnen | forsvunnet | borta | fast | tar lang tid',
  arrive: 'kommer | kommit | anlant | levererad | levererat | mottagit | skickad | skickat | skickas',
  address: 'telefonnummer | adress | adressen | postnummer | gatunummer | gata | lagenhetsnummer',
  mistake: 'fel | felaktig | skrev fel',
  ack: 'okej | ok | bra | absolut',
  fake: 'forfalskning | fejk | kopia | inte original',
};

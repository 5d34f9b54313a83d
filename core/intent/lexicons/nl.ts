import type { Lexicon } from '../lexicon';

/** Dutch (Netherlands and Flanders). */
export const nl: Lexicon = {
  intents: {
    'where-is-order': `verwachte leverdatum:1.5 | al voorbij:1 | bezorger:1.5 | niemand thuis:1.5 | ?onderweg:1.5 | ?verzonden:1.5 | staat stil:2 | staat al:1 | beweegt niet:2 | al 0 weken:2 | 0 weken:1 | wacht:1 | niks binnen:2 | nog niks binnen:2 | 
      waar is mijn pakket:2 | waar is mijn bestelling:2 | waar blijft:2 | waar is mijn:1.5 | niet ontvangen:2 | nog niet ontvangen:2 | niet aangekomen:2
      nog niet binnen:2 | niet binnen:1.5 | niet geleverd:2 | niet bezorgd:2 | nog steeds niet:1.5 | nog niks:1.5 | nog niets:1.5 | wanneer komt:2
      wanneer wordt:1.5 | wanneer wordt het verzonden:2 | wanneer wordt het geleverd:2 | al verzonden:2 | track en trace:2 | track & trace:2
      trackingcode:2 | tracking code:2 | verzendstatus:2 | status van mijn bestelling:2 | bezorging:0.5 | levering:0.5 | kwijt:1.5 | zoek:1
      als bezorgd:1.5 | wacht al:2 | al weken:1.5 | al dagen:1`,
    'return-refund': `?retourtermijn:2.5 | ?bedenktijd:2 | retouradres:2 | past niet:1 | te klein:1 | te groot:1 | te krap:1 | op mijn rekening:1 | omruilen:2 | andere maat:1.5 | grotere maat:2 | kleinere maat:2 | terugbetaling:2 | terugbetalen:2 | geld terug:2 | mijn geld:1.5 | retour*:2 | terugsturen:2 | terug sturen:2 | ruilen:1.5 | terugstorten:2
      retourlabel:2 | restitutie:2 | vergoeding:1.5 | herroep*:1`,
    'cancel-order': `me bedacht:1.5 | bedacht:1 | twee keer besteld:2 | dubbel besteld:2 | per ongeluk:1.5 | niet versturen:2 | annuleren:2 | annulering:2 | annuleer:2 | afbestellen:2 | cancelen:2 | niet meer nodig:1.5 | niet verzenden:2 | niet versturen:2`,
    'change-order': `afhaalpunt:2 | pakketpunt:2 | cadeauverpakking:2 | inpakken als cadeau:2 | samen met mijn andere bestelling:2.5 | samen versturen:2 | adres wijzigen:2.5 | adres aanpassen:2.5 | ander adres:1.5 | verkeerd adres:1.5 | nieuw adres:1.5 | maat wijzigen:2.5 | kleur wijzigen:2.5
      andere maat:1 | andere kleur:1 | bestelling wijzigen:2.5 | bestelling aanpassen:2.5`,
    'damaged-defective': `kraakt:2 | zit scheef:2 | geen geluid:2 | valt weg:2 | maar een kant:2 | verbinding valt weg:2 | raar geluid:2 | maakt geluid:2 | piept:1.5 | kraakt:1.5 | snel leeg:2 | batterij is snel leeg:2 | houdt lading niet:2 | reageert niet:2 | klemt:2 | gaat niet dicht:2 | rits is kapot:2 | rits kapot:2 | strepen op het scherm:2 | afgebroken:2 | schilfer:1.5 | brandlucht:2 | ruikt verbrand:2 | gekrompen:2 | verkleurd:2 | geeft af:2 | naad:1 | flikkert:2 | valt uit:2 | werkt niet meer:2 | doet het niet meer:2 | gestopt met werken:2 | kapot:2 | gebroken:2 | gescheurd:2 | lekt:2 | kras:2 | krassen:2 | beschadigd:2 | defect:2 | stuk:1.5 | laadt helemaal niet:2 | laadt niet op:2 | laadt niet op:2 | laadt niet:2 | kapot:2 | beschadigd:2 | defect:2 | gebroken:2 | werkt niet:2 | doet het niet:2 | krassen:2 | kras:1.5 | gescheurd:2 | lekt:2
      stuk:1.5 | gaat niet aan:2 | laadt niet op:2 | slechte kwaliteit:1.5  | deuk:2 | gebarsten:2 | vuil:1 | gebruikt:1`,
    'wrong-item': `zat maar:2 | maar 1:1.5 | er zat maar:2 | ik had er 0 besteld:1.5 | onderdelen ontbreken:2 | verkeerd artikel:2.5 | verkeerde artikel:2.5 | verkeerd product:2.5 | verkeerde product:2.5 | verkeerde maat:2 | verkeerde kleur:2
      verkeerd:1 | verkeerde:1 | niet wat ik besteld:2.5 | niet besteld:1.5 | ander product:2 | ander artikel:2 | ontbreekt:1 | lege doos:2`,
    'product-question': `?versturen jullie:2 | ?verzenden jullie:2 | ?leveren jullie:2 | ?bezorgen jullie:2 | ?ook naar:1.5 | ?nieuw of:3 | ?refurbished:2 | ?is het nieuw:2 | ?hoeveel kilo:2 | ?draagvermogen:2 | ?in elkaar te zetten:2 | ?monteren:1.5 | ?inbegrepen:1.5 | ?meegeleverd:1.5 | ?werkt met:2 | ?hoe werkt:2 | ?hoe gebruik:2 | ?hoe monteer:2 | ?hoe installeer:2 | ?origineel:1.5 | ?echt:1 | ?geschikt voor:1.5 | ?hoe lang duurt verzending:2 | ?verzending naar:1.5 | ?verzenden naar:1.5 | ?maat:1 | afmetingen:2 | materiaal:1.5 | compatibel:2 | waterdicht:2 | op voorraad:2 | beschikbaar:1.5 | handleiding:1.5 | hoe gebruik:2
      vraag over:1.5 | vraagje:1.5 | ?past:1 | valt klein:1.5 | valt groot:1.5 | ?is het:1 | ?kan ik:1 | ?heeft het:1 | ?zit er:1`,
    invoice: `aankoopbewijs:2.5 | factuur:2.5 | bon:1 | btw:2 | bonnetje:2 | kwitantie:2 | btw-nummer:2.5`,
    'thanks-positive': `zoals beschreven:2 | zou het weer kopen:2 | ontvangen:0.6 | bedankt:1 | dank je:1 | dank u:1 | dankjewel:1 | dankuwel:1 | top:1 | super:1 | perfect:1.5 | tevreden:1.5 | heel tevreden:2 | keurig:1.5
      goed ontvangen:2 | in orde:1 | opgelost:1.5 | prima:1`,
  },
  negated: {
    'where-is-order':
      'ontvangen:2 | aangekomen:2 | bezorgd:2 | geleverd:2 | verzonden:2 | binnen:1.5 | gekregen:2',
    'damaged-defective': 'werkt:2 | doet het:2',
    'wrong-item': 'besteld:1.5 | juiste:1.5 | goede:1',
  },
  negBefore: 'niet | geen | nooit | zonder | niks | niets',
  question: 'hoe lang | waar | wanneer | hoe | wat | waarom | welke | kunt u | kan ik | is het | heeft u',
  changeVerb:
    'eruit laten | weglaten | weg laten | niet meesturen | toevoegen | erbij | verhogen | verander* | wijzigen | aanpassen | veranderen | ruilen | omruilen',
  orderAttr:
    'zwart | wit | rood | blauw | groen | grijs | roze | beige | bruin | geel | paars | kleuren | telefoonnummer | telefoon | aantal | model | *adres | adres | maat | kleur | aantal | huisnummer | postcode',
  positive: 'bedankt | super | top | perfect | tevreden | blij | prima | fijn | mooi | geweldig | aanrader',
  negative:
    'teleurgesteld | teleurstellend | ontevreden | boos | gefrustreerd | slecht | waardeloos | belachelijk | niet op mijn rekening:0.6 | niemand thuis:0.6 | ik was er wel:0.6 | op mijn rekening:0.6 | staat stil:0.6 | al een week:0.6 | nog steeds:0.6 | niks gekregen:0.6 | nog niks:0.6 | al 0 weken:0.6 | 0 weken:0.6 | volgens postnl:0.4 | teleurgesteld | boos | slecht | jammer:0.7 | ontevreden | klacht | probleem:0.7 | helaas:0.5 | nog steeds:0.5 | vervelend',
  polite: 'bedankt | dank | alstublieft | aub | graag | groetjes | groet | mvg',
  angry:
    'incompetent:1 | derde keer:1 | geen antwoord:0.7 | nog steeds geen antwoord:1 | niemand reageert:1 | waardeloos:1 | belachelijk:1 | schandalig:1 | schande:1 | onacceptabel:1 | oplichters:1 | waardeloos:1 | kut:1 | bagger:1 | woedend:1 | boos:0.7 | nooit meer:1',
  reviewThreat:
    'negatieve review | slechte review | negatieve beoordeling | slechte beoordeling | 1 ster | een ster | slechte recensie',
  claim:
    'klacht indienen | a-tot-z | a tot z | claim | bol.com inschakelen | amazon inschakelen | geschillencommissie',
  dispute: 'geschil',
  chargeback: 'terugboeking | storneren | mijn bank | creditcardmaatschappij',
  legal:
    'advocaat | politie | aangifte | rechter | rechtszaak | consumentenbond | fraude | oplichting | juridische',
  urgentNow: 'dringend | spoed | meteen | direct | zo snel mogelijk | zsm | z.s.m',
  deadlineMark: 'voor | uiterlijk | tot | nodig',
  time: 'vandaag | morgen | overmorgen | maandag | dinsdag | woensdag | donderdag | vrijdag | zaterdag | zondag | weekend | 0 dagen | verjaardag | kerst | sinterklaas',
  calm: 'geen haast | niet dringend',
  packaging: 'doos | verpakking | pakket',
  instead: 'alleen het | alleen de | alleen een | in plaats van',
  ordered: 'besteld | ik bestelde',
  got: 'kreeg | gekregen | ontvangen | geleverd | gestuurd',
  negAfter: 'niet',
  differs: 'wijkt',
  need: 'nodig | heb het nodig | moet het hebben | moet het binnen',
  product: 'product | artikel | model | item | dit product | dit artikel',
  money: 'geld | mijn geld | bedrag | het bedrag',
  pending: 'nog steeds | nog niet | nog altijd | tot nu toe',
  parcel: 'bestelling | pakket | pakketje | levering | zending',
  late: 'al een week | al dagen | sorteercentrum | zelfde status | staat al | vertraagd | vertraging | te laat | kwijt | verloren | zit vast | duurt lang',
  arrive:
    'gehad | binnen | aankomen | aangekomen | komt | bezorgd | geleverd | ontvangen | verzonden | verstuurd | opgestuurd',
  address: 'telefoonnummer | adres | postcode | huisnummer | straat | straatnaam',
  mistake: 'verkeerd | verkeerde | fout | foutief | vergist',
  ack: 'oke | ok | prima | goed | akkoord',
  fake: 'namaak | nep | vervalst | niet origineel',
};

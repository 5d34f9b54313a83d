import type { Lexicon } from '../lexicon';

/** German, with and without umlauts (zurück/zuruck/zurueck), compounds matched by word beginnings. */
export const de: Lexicon = {
  intents: {
    'where-is-order': `lieferdatum ist schon vorbei:2 | lieferdatum vorbei:2 | lieferdatum uberschritten:2 | wird nicht gefunden:1 | warte ich auf die lieferung:2 | warte auf die lieferung:2 | warte auf mein paket:2 | schon raus:2 | bereits raus:2 | schon weg:1.5 | verfolgen:1 | packet:0.5 | sendung verfolgen:2 | wo ist mein packet:2 | bote:1 | zusteller:1.5 | karte eingeworfen:2 | benachrichtigungskarte:2 | war aber zuhause:1.5 | war zuhause:1.5 | wo ist das paket:2 | ?verschickt:1.5 | ?versendet:1.5 | unterwegs:1 | steckt fest:2 | bewegt sich nicht:2 | was ist da los:1 | 
      wo ist mein paket:2 | wo ist meine bestellung:2 | wo ist meine lieferung:2 | wo ist die bestellung:2 | wo bleibt:2 | wo ist mein:1.5
      nicht angekommen:2 | noch nicht angekommen:2 | nie angekommen:2 | nicht erhalten:2 | noch nicht erhalten:2 | nicht bekommen:2
      nicht geliefert:2 | nicht zugestellt:2 | nicht da:1 | immer noch nicht:1.5 | noch nichts:1.5 | immer noch nichts:2 | wann kommt:2
      wann kommt mein:2 | wann wird:1 | wann wird geliefert:2 | wann wird versendet:2 | wann wird verschickt:2 | wann versenden sie:2
      wann liefern sie:2 | schon verschickt:2 | schon versendet:2 | schon unterwegs:2 | bereits versendet:1 | sendungsnummer:2 | sendungsverfolgung:2
      trackingnummer:2 | tracking nummer:2 | tracking-nummer:2 | paketnummer:2 | lieferstatus:2 | status meiner bestellung:2 | lieferzeit:1.5
      lieferung*:0.5 | versand*:0.5 | zustellung:1 | als zugestellt:2 | zugestellt markiert:2 | verloren:1 | paket verloren:2 | warte seit:2
      warte immer noch:2 | warten schon:1.5 | seit wochen:1.5 | seit tagen:1 | wo bleibt meine:2`,
    'return-refund': `?zuruckzusenden:2.5 | ?zurueckzusenden:2.5 | ?ruckgabefrist:2.5 | ?wie lange habe ich zeit:1.5 | schicke ich es zuruck:2 | schicke ich es zurueck:2 | rucksendeadresse:2 | ruecksendeadresse:2 | zurueckgeben:2 | zurueck geben:2 | gefaellt mir nicht:1 | gefallt mir nicht:1 | zurueck:0.5 | passt nicht:1 | zu klein:1 | zu gross:1 | zu eng:1 | zu weit:1 | zu kurz:1 | auf meinem konto:1 | noch keine erstattung:1 | eine nummer grosser:2 | eine nummer kleiner:2 | grossere grosse:2 | kleinere grosse:2 | umtauschen:2 | 
      ruckerstattung:2 | rueckerstattung:2 | erstattung:2 | erstatten:2 | geld zuruck:2 | geld zurueck:2 | mein geld:1.5 | zuruckschicken:2
      zurueckschicken:2 | zuruck senden:2 | zurucksenden:2 | rucksendung:2 | ruecksendung:2 | retoure:2 | retournieren:2 | zuruckgeben:2
      umtausch*:1.5 | umtauschen:1.5 | gutschrift:1.5 | rucksendeetikett:2 | rucksendeschein:2 | widerruf*:1 | zuruck:0.5`,
    'cancel-order': `anders uberlegt:1.5 | anders ueberlegt:1.5 | doppelt bestellt:2 | zweimal bestellt:2 | aus versehen:1.5 | nicht losschicken:2 | nicht verschicken:2 | zurucktreten:2 | vom kauf zurucktreten:2.5 | ruckgangig:2 | stornier*:2 | storno:2 | abbestellen:2 | bestellung zuruckziehen:2 | nicht mehr haben:1.5 | nicht mehr brauche:1.5 | nicht versenden:2
      bitte nicht verschicken:2 | nicht mehr benotige:1.5 | canceln:2 | widerrufen:1.5`,
    'change-order': `packstation:1.5 | filiale:0.5 | abholstation:1.5 | geschenkverpackung:2 | als geschenk verpacken:2 | zusammen mit meiner anderen bestellung:2.5 | zusammen verschicken:2 | zusammen schicken:2 | 
      adresse andern:2.5 | adresse aendern:2.5 | adresse ändern:2.5 | anschrift andern:2.5 | lieferadresse:1.5 | falsche adresse:1.5
      neue adresse:1.5 | adresse korrigieren:2.5 | grosse andern:2.5 | grosse tauschen:2 | farbe andern:2.5 | andere farbe:1 | andere grosse:1
      bestellung andern:2.5 | bestellung aendern:2.5 | umbestellen:2.5 | stattdessen:1 | hinzufugen:1`,
    'damaged-defective': `kein ton:2 | knistert:2 | knackt:1.5 | rauscht:1.5 | bleibt standig stehen:2 | bleibt stehen:1.5 | trennt sich:2 | verbindung bricht ab:2 | nur eine seite:2 | gerausch*:1.5 | komische gerausche:2 | macht gerausche:2 | klappert:2 | quietscht:2 | brummt:1.5 | akku ist leer:1.5 | akku ist nach:2 | akku halt nicht:2 | akku schnell leer:2 | schnell leer:1.5 | klemmt:2 | hakt:1.5 | geht nicht zu:2 | geht nicht auf:2 | reagiert nicht:2 | reissverschluss kaputt:2 | naht ist aufgegangen:2 | aufgegangen:1.5 | streifen im display:2 | abgebrochen:2 | ab gebrochen:2 | abgesplittert:2 | macke:1.5 | riecht verbrannt:2 | verbrannt:1.5 | schaltet sich nicht:2 | schaltet nicht ab:2 | eingelaufen:2 | verzogen:1.5 | verfarbt:2 | ausgeblichen:2 | farbt ab:2 | naht offen:2 | naht gerissen:2 | flackert:2 | geht von selbst aus:2 | geht nicht mehr:2 | funktioniert nicht mehr:2 | hat aufgehort zu funktionieren:2 | kaputt:2 | lauft aus:2 | laeuft aus:2 | tropft:2 | abgebrochen:2 | eingerissen:2 | *gerissen:1.5 | abgeplatzt:2 | verbeult:2 | zerrissen:2 | ausgefranst:1.5 | gebrochen:2 | auseinandergefallen:2 | kaputtgegangen:2 | auseinander:1.5 | gesprungen:2 | zersprungen:2 | gesplittert:2 | abgerissen:2 | schrott:2 | gerissen:2 | loch:1.5 | 
      kaputt*:2 | *kaputt:2 | beschadigt:2 | beschaedigt:2 | defekt*:2 | zerbrochen:2 | gebrochen:2 | gerissen:2 | zerkratzt:2 | kratzer:2
      undicht:2 | ausgelaufen:2 | funktioniert nicht:2 | funktioniert nicht mehr:2 | geht nicht:2 | geht nicht an:2 | lasst sich nicht:2
      ladt nicht:2 | mangelhaft:2 | fehlerhaft:2 | mangel:1 | schaden:1.5 | beschadigung:2 | verbogen:2 | delle:2 | verschmutzt:1.5
      schimmel*:2 | gebraucht:1.5   | qualitat ist schlecht:1.5 | schlechte qualitat:1.5 | wackelt:1 | riss:2`,
    'wrong-item': `nur 0 statt 0:2.5 | 0 statt 0:2 | falsche groesse:2 | falsche grosse:2 | falsch geschickt:2 | falsches geschickt:2 | falsche modell:2.5 | falsches modell:2.5 | falsche model:2.5 | nicht das, was ich bestellt:2.5 | nicht das was ich bestellt:2.5 | entspricht nicht der beschreibung:1 | teile fehlen:2 | fehlen teile:2 | 
      falsche artikel:2.5 | falscher artikel:2.5 | falsches produkt:2.5 | falsche produkt:2.5 | falsche farbe:2 | falsche grosse:2 | falsch geliefert:2.5
      falsche ware:2.5 | falsch:1 | nicht das was ich bestellt:2.5 | nicht was ich bestellt:2.5 | nicht bestellt:1.5 | anderen artikel:2
      anderer artikel:2 | anderes produkt:2 | verwechselt:2 | vertauscht:2 | fehlt:1 | nur einen:1 | leeres paket:2 | karton war leer:2`,
    'product-question': `?neu oder gebraucht:3 | ?neuware:2 | ?generalüberholt:2 | ?generaluberholt:2 | ?ist das neu:2 | ?wie viel kilo:2 | ?wie viel wiegt:2 | ?belastbar:2 | ?tragkraft:2 | ?passt ein laptop:2 | ?dabei:1.5 | ?inklusive:1.5 | ?enthalten:1.5 | ?mit dabei:1.5 | ?funktioniert das mit:2 | ?funktioniert mit:2 | ?montiert:2 | ?montieren:2 | ?aufbauen:2 | ?installieren:2 | ?benutzt:1.5 | ?original:1.5 | ?echt:1.5 | ?geeignet:1.5 | wie benutzt man:2 | ?wie gross:1.5 | ?wie lang:1 | ?wie breit:1.5 | ?wie schwer:1.5 | ?wie hoch:1.5 | ?wie lange halt:2 | ?akku:1.5 | ?auch in:1 | ?wie lange dauert der versand:2 | ?versand nach:1.5 | ?lieferzeit nach:2 | 
      ?passt:1 | ?passt das:1.5 | kompatibel:2 | grossentabelle:2 | masse:1 | abmessungen:2 | material:1.5 | wasserdicht:2 | lieferbar:1.5
      verfugbar:1.5 | auf lager:2 | wieder da:1 | anleitung:1.5 | bedienungsanleitung:2 | wie benutze:2 | wie funktioniert:2 | frage zu:1.5
      frage zum:1.5 | frage:0.6 | ?gibt es:1 | ?hat das:1 | ?ist das:1 | ?kann man:1 | ?kann ich:1 | fallt gross:1.5 | fallt klein:1.5 | vor dem kauf:2`,
    invoice: `spesenabrechnung:2 | fur die spesen:2 | kaufnachweis:2.5 | rechnung*:2.5 | quittung:2 | beleg:1.5 | mwst:2 | mehrwertsteuer:2 | ust-id:2.5 | ust id:2.5 | umsatzsteuer*:2 | kaufbeleg:2`,
    'thanks-positive': `genau wie beschrieben:2 | wie beschrieben:1.5 | kaufe gerne wieder:2 | wieder kaufen:1.5 | 
      danke*:1 | vielen dank:1 | dankeschon:1 | merci:0.5 | top:1 | super:1 | perfekt:1.5 | alles gut:1.5 | alles bestens:2 | zufrieden:1.5
      sehr zufrieden:2 | toll:1.5 | klasse:1.5 | gut angekommen:2 | heil angekommen:2 | angekommen:0.5 | erhalten:0.5 | funktioniert einwandfrei:2
      hat sich erledigt:2 | erledigt:1 | gerne wieder:2 | empfehlen:1`,
  },
  negated: {
    'where-is-order':
      'angekommen:2 | erhalten:2 | bekommen:2 | geliefert:2 | zugestellt:2 | verschickt:2 | versendet:2 | versandt:2 | da:1',
    'damaged-defective': 'funktioniert:2 | geht:1 | lauft:1.5 | ladt:1.5 | an:0.5',
    'wrong-item': 'bestellt:1.5 | richtig*:1.5 | passend:1',
  },
  negBefore:
    'nix | nüscht | nicht | kein | keine | keinen | keiner | nie | niemals | ohne | nichts | noch nicht',
  negAfter: 'nicht',
  question:
    'wo | wann | wie | was | warum | welche | welcher | konnen sie | koennen sie | kann ich | gibt es | ist es | ob',
  changeVerb:
    'liefern sie an | statt nach hause | an meine arbeitsadresse | hinzufugen | hinzufuegen | dazu | erhohen | aufstocken | aktualisieren | umstellen | andern | aendern | ändern | anderung | tauschen | wechseln | korrigieren | anpassen | umandern',
  orderAttr:
    'arbeitsadresse | lieferadresse | adresse | stuck | stueck | liefertermin | schwarz | weiss | rot | blau | grun | grau | rosa | beige | braun | gelb | lila | silber | farben | telefonnummer | handynummer | telefon | modell | adresse | anschrift | lieferadresse | grosse | groesse | farbe | menge | anzahl | hausnummer | plz | postleitzahl',
  positive:
    'danke | super | top | perfekt | toll | klasse | zufrieden | prima | wunderbar | freue | empfehlen | gerne | schon:0.3 | lieb',
  negative: `enttauscht | enttauschend | frustriert | genervt | verargert | unzufrieden | schrecklich | furchtbar | mies | geldverschwendung | nicht auf meinem konto:0.6 | war aber zuhause:0.6 | beim zoll:0.6 | seit einer woche:0.6 | auf meinem konto:0.6 | noch keine erstattung:0.6 | was ist da los:0.6 | seit 0 wochen:0.6 | steckt fest:0.6 | immer noch:0.6 | noch nichts:0.6 | nichts bekommen:0.6 | zugestellt, aber:0.6 | laut dhl zugestellt:0.6 | seit 0 wochen:0.6 | 0 wochen:0.6 | entspricht nicht:0.6 | enttauscht | enttaeuscht | arger | argerlich | verargert | schlecht | schlimm | furchtbar | katastrophe | unzufrieden | leider:0.5
    immer noch:0.5 | schon wieder:0.7 | problem:0.7 | beschwerde | mist | schade:0.7 | traurig`,
  polite: 'danke | bitte | vielen dank | mfg | lg | gruss | grusse | freundliche grusse',
  angry: `unfahig:1 | unfaehig:1 | inkompetent:1 | dritte mal:1 | dritten mal:1 | keine antwort:0.7 | immer noch keine antwort:1 | niemand antwortet:1 | ignorieren mich:1 | dritte nachricht:1 | endlich:0.5 | ernsthaft:0.5 | unverschamt:1 | unverschaemt:1 | frechheit:1 | unmoglich:0.7 | sauerei:1 | katastrophe:1 | lacherlich:1 | zumutung:1 | verarsche:1
    scheisse:1 | scheiss:1 | betruger:1 | abzocke:1 | schlechtester:1 | nie wieder:1 | zum dritten mal:1 | wutend:1 | sauer:1`,
  reviewThreat: `negative bewertung | schlechte bewertung | negativ bewerten | schlecht bewerten | 1 stern | einen stern | ein stern | bewertung abgeben
    bewertung schreiben | rezension | negatives feedback`,
  claim: `einen fall | fall bei ebay | fall bei amazon | eroffne einen fall | eroffne | eroeffne | a-z-garantie | a bis z | a-bis-z | garantieantrag | fall eroffnen | fall offnen | kauferschutz | kaeuferschutz | amazon einschalten
    ebay einschalten | amazon kontaktieren | ebay kontaktieren | beschwerde bei amazon | beschwerde bei ebay | reklamation`,
  dispute:
    'schalte paypal ein | paypal ein | paypal einschalten | paypal eingeschaltet | widerspreche der zahlung | zahlung widersprechen | paypal widerspruch | widerspruch bei paypal | konflikt | paypal-konflikt | streitfall',
  chargeback:
    'ruckbuchung | rueckbuchung | zuruckbuchen | lastschrift zuruck | kreditkartenfirma | meine bank | bank zuruck',
  legal:
    'anwalt | rechtsanwalt | polizei | anzeige | verbraucherzentrale | betrug | gericht | klage | rechtliche schritte | strafanzeige',
  urgentNow:
    'letzte warnung | letzte frist | dringend | sofort | eilig | schnellstmoglich | umgehend | asap | unverzuglich | eilt',
  deadlineMark:
    'innerhalb | innerhalb von | binnen | bis | bis zum | bis spatestens | spatestens | noch vor | benotige es | brauche es',
  time: 'heute | morgen | ubermorgen | montag | dienstag | mittwoch | donnerstag | freitag | samstag | sonntag | wochenende | 0 tage | 0 tagen | 0 stunden | 0. | geburtstag | weihnachten | nachste woche',
  calm: 'direkt an | direkt zu | keine eile | nicht dringend | eilt nicht | hat zeit',
  packaging: 'karton | verpackung | paket | schachtel | box',
  instead: 'nur den | nur die | nur das | nur einen | nur eine | statt | anstatt | anstelle',
  ordered: 'bestellt | ich habe bestellt | hatte bestellt',
  got: 'im paket war | im paket waren | waren aber | war aber | bekommen | erhalten | geliefert | geschickt | kam | kamen | wurde geliefert',
  differs: 'weicht | ab von',
  need: 'brauche | benotige | benoetige | brauchen | muss bis | muss es bis',
  product: 'artikel | produkt | modell | ware | gerat | geraet | teil | das ding | der artikel | das produkt',
  money: 'geld | mein geld | betrag | den betrag',
  pending:
    'immer noch | noch nicht | noch kein | noch keine | noch keinen | bisher | weiterhin | nach wie vor',
  parcel: 'briefkasten | verteilzentrum | bestellung | paket | packchen | lieferung | sendung | ware',
  late: 'paketzentrum | im paketzentrum | seit montag | seit einer woche | gleicher status | keine bewegung | bewegt sich nicht | seit tagen | verspatet | verspaetet | verspatung | verzogert | verzogerung | verloren | verschwunden | hangt fest | dauert so lange | dauert ewig | zu spat | uberfallig',
  arrive:
    'schickt | schicken | abschicken | rausschicken | losschicken | ankommen | angekommen | kommt | kommen | eintreffen | geliefert | zugestellt | verschickt | versendet | losgeschickt | abgeschickt',
  address:
    'telefonnummer | handynummer | adresse | anschrift | plz | postleitzahl | hausnummer | strasse | str | wohnung',
  mistake: 'vertippt | verschrieben | falsch | fehler | falsche | falschen',
  ack: 'ok | okay | alles klar | gut | in ordnung',
  fake: 'falschung | faelschung | gefalscht | gefaelscht | nachahmung | kein original | nicht original | plagiat',
};

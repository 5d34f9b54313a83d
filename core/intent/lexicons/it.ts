import type { Lexicon } from '../lexicon';

/** Italian; "dov'è" is folded to "dov e", "non è arrivato" to "non e arrivato". */
export const it: Lexicon = {
  intents: {
    'where-is-order': `data di consegna prevista:1.5 | e passata:1 | data prevista:1 | quando verra spedito:2 | verra spedito:2 | quando spedite:2 | corriere:1.5 | dove si trova:2 | dov e finito:2 | ?spedito:1.5 | ?spedita:1.5 | non si aggiorna:2 | fermo:1.5 | bloccato:1.5 | aspetto da:1.5 | da 0 settimane:1.5 | 0 settimane:1 | sto aspettando:1.5 | 
      dov e il mio ordine:2 | dov e il mio pacco:2 | dove e il mio ordine:2 | dove e il mio pacco:2 | dov e:1.5 | dove e finito:2 | che fine ha fatto:2
      non e arrivato:2 | non e ancora arrivato:2 | non ancora arrivato:2 | non mi e arrivato:2 | non ho ricevuto:2 | mai arrivato:2 | mai ricevuto:2
      ancora niente:2 | ancora nulla:2 | quando arriva:2 | quando arrivera:2 | quando spedite:2 | quando verra spedito:2 | e stato spedito:1.5
      gia spedito:1.5 | numero di tracking:2 | codice di tracciamento:2 | tracciamento:2 | tracking:1.5 | stato dell ordine:2 | stato della spedizione:2
      spedizione:0.5 | consegna:0.5 | pacco perso:2 | smarrito:2 | risulta consegnato:2 | aspetto ancora:2 | sto ancora aspettando:2 | da settimane:1.5`,
    'return-refund': `?cambio taglia:2.5 | ?tempo per il reso:2.5 | ?termine per il reso:2.5 | rimando:2 | rimandare:2 | rispedire:2 | indirizzo per il reso:2 | non mi va:1 | troppo piccolo:1 | troppo grande:1 | troppo stretto:1 | sul conto:1 | sul mio conto:1 | taglia piu grande:2 | taglia piu piccola:2 | altra taglia:2 | cambiarlo con:2 | sostituirlo con:2 | rimbors*:2 | reso:2 | restituire:2 | restituzione:2 | rimandare indietro:2 | rispedire:1.5 | i miei soldi:2 | soldi indietro:2 | cambio:0.7
      sostituzione:1 | etichetta di reso:2 | recesso:1.5`,
    'cancel-order': `cambiato idea:1.5 | ordinato due volte:2 | ordine doppio:2 | per errore:1.5 | non spedite:2 | non spedirlo:2 | annullare:2 | annullamento:2 | annullate:2 | annulla:2 | cancellare l ordine:2.5 | cancellate:1.5 | disdire:2 | non spedite:2 | non mi serve piu:1.5`,
    'change-order': `punto di ritiro:2 | confezione regalo:2 | pacchetto regalo:2 | insieme al mio altro ordine:2.5 | spedire insieme:2 | sbagliato indirizzo:2.5 | ho sbagliato indirizzo:2.5 | cambiare indirizzo:2.5 | cambiare l indirizzo:2.5 | modificare l indirizzo:2.5 | modificare indirizzo:2.5 | indirizzo sbagliato:1.5
      nuovo indirizzo:1.5 | cambiare taglia:2.5 | cambiare la taglia:2.5 | cambiare colore:2.5 | cambiare il colore:2.5 | modificare l ordine:2.5`,
    'damaged-defective': `si scollegano:2 | si scollega:2 | si disconnette:2 | non si sente:2 | gracchia:2 | solo un lato:2 | rumore strano:2 | fa rumore:2 | cigola:2 | si scarica:2 | batteria non dura:2 | non tiene la carica:2 | non risponde:2 | si blocca:2 | bloccata:1.5 | non si chiude:2 | cerniera rotta:2 | righe sullo schermo:2 | scheggiato:2 | scheggiata:2 | si e rotta:2 | si e rotto:2 | puzza di bruciato:2 | ristretto:2 | ristretta:2 | stinto:2 | stinge:2 | scolorito:2 | cucitura:1 | sfarfalla:1.5 | si spegne da solo:2 | smesso di funzionare:2 | ha smesso:1.5 | strappato:2 | strappata:2 | scucito:2 | bucato:2 | perde:1.5 | ammaccato:2 | incrinato:2 | scheggiat*:2 | incrinat*:2 | spaccat*:2 | rotto:2 | rotta:2 | rotti:2 | danneggiat*:2 | difettos*:2 | difetto:1.5 | non funziona:2 | non si accende:2 | non carica:2 | graffiat*:2
      crepat*:2 | ammaccat*:2 | guasto:2 | rovinat*:2 | perde:1.5 | macchiat*:1.5 | usato:1.5   | scadente:1.5 | spaccato:2`,
    'wrong-item': `0 su 0:1.5 | solo 0 su:2 | non corrisponde:2 | diverso dalla foto:2.5 | diverso da quello:2 | pezzi mancanti:2 | mancano pezzi:2 | articolo sbagliato:2.5 | prodotto sbagliato:2.5 | sbagliato:1.5 | taglia sbagliata:2 | colore sbagliato:2 | non e quello che ho ordinato:2.5
      non e quello ordinato:2.5 | articolo diverso:2 | prodotto diverso:2 | diverso:1 | manca:1 | mancante:1 | scatola vuota:2`,
    'product-question': `?nuovo o:3 | ?ricondizionato:2 | ?e nuovo:2 | ?quanti chili:2 | ?portata:2 | ?quanto pesa:2 | ?lavastoviglie:2 | ?incluso:1.5 | ?inclusa:1.5 | ?funziona con:2 | ?funziona anche:2 | ?come si usa:2 | ?come funziona:2 | ?come si monta:2 | ?originale:1.5 | ?adatto:1.5 | ?quanto ci mette:2 | ?spedizione in:1.5 | ?spedite in:1.5 | ?taglia:1 | misure:2 | dimensioni:2 | materiale:1.5 | compatibile:2 | impermeabile:2 | disponibile:1.5 | disponibilita:1.5 | istruzioni:1.5
      come si usa:2 | come funziona:2 | domanda:0.6 | una domanda:1.5 | informazioni su:1.5 | ?veste:1 | veste piccolo:1.5 | veste grande:1.5 | prima di acquistare:2`,
    invoice: `prova d acquisto:2.5 | scontrino:2 | fattura*:2.5 | ricevuta:2 | partita iva:2.5 | p.iva:2.5 | piva:2 | codice fiscale:2 | scontrino:2`,
    'thanks-positive': `come descritto:2 | ricomprero:2 | conforme alla descrizione:2 | ricevuto:0.6 | grazie:1 | grazie mille:1 | perfetto:1.5 | ottimo:1.5 | bellissimo:1.5 | soddisfatto:1.5 | soddisfatta:1.5 | tutto ok:1.5 | tutto perfetto:2
      arrivato tutto:1.5 | risolto:1.5 | gentilissimi:1.5 | top:1`,
  },
  negated: {
    'where-is-order': 'arrivato:2 | arrivata:2 | ricevuto:2 | ricevuta:1 | consegnato:2 | spedito:2',
    'damaged-defective': 'funziona:2 | accende:2 | carica:1.5',
    'wrong-item': 'ordinato:1.5 | giusto:1.5 | corretto:1.5',
  },
  negBefore: 'nn | non | mai | senza | nessun | nessuna | niente | nulla | ne',
  question:
    'quanto dura | quanto tempo | dove | quando | come | perche | quale | quanto | potete | posso | e possibile',
  changeVerb:
    'cambiarl* | cambiarle | cambiarla | cambiarlo | aggiungere | aumentare | corregg* | cambiare | modificare | correggere | sostituire',
  orderAttr:
    'nero | nera | bianco | bianca | rosso | rossa | blu | azzurro | verde | grigio | rosa | beige | marrone | giallo | colori | telefono | numero di telefono | cellulare | quantita | modello | indirizzo | taglia | colore | misura | quantita | modello | cap',
  positive:
    'grazie | perfetto | ottimo | bellissimo | soddisfatto | soddisfatta | contento | contenta | felice | consiglio | fantastico',
  negative:
    'deluso | delusa | deludente | arrabbiato | arrabbiata | insoddisfatto | insoddisfatta | pessimo | pessima | orribile | sul conto:0.6 | sul mio conto:0.6 | non si aggiorna:0.6 | da giorni:0.6 | fermo:0.6 | bloccato:0.6 | ancora niente:0.6 | risulta consegnato:0.6 | non ho ricevuto niente:0.6 | 0 settimane:0.6 | 0 giorni fa:0.6 | che fine:0.6 | niente:0.4 | deluso | delusa | arrabbiato | arrabbiata | pessimo | scadente | problema:0.7 | purtroppo:0.5 | ancora:0.5 | lamentela | triste',
  polite: 'grazie | per favore | per piacere | cortesemente | saluti | cordiali saluti',
  angry:
    'incompetenti:1 | incompetente:1 | terza volta:1 | nessuno risponde:1 | nessuna risposta:1 | mi ignorate:1 | inaccettabile:1 | vergogna:1 | vergognoso:1 | ridicolo:1 | schifo:1 | pessimo servizio:1 | ladri:1 | truffatori:1 | assurdo:1 | mai piu:1 | cazzo:1',
  reviewThreat:
    'recensione negativa | feedback negativo | 1 stella | una stella | pessima recensione | valutazione negativa',
  claim:
    'reclamo | garanzia dalla a alla z | garanzia a-z | aprire un caso | segnalare ad amazon | contattare amazon',
  dispute: 'contestazione | controversia | disputa',
  chargeback: 'storno | la mia banca | blocco pagamento',
  legal:
    'denuncio | vi denuncio | denuncia | denunciarvi | avvocato | denuncia | polizia | carabinieri | truffa | frode | tribunale | codacons | altroconsumo | vie legali',
  urgentNow: 'urgente | immediatamente | al piu presto | prima possibile | urgentemente',
  deadlineMark: 'entro | prima di | per',
  time: 'oggi | domani | dopodomani | lunedi | martedi | mercoledi | giovedi | venerdi | sabato | domenica | fine settimana | weekend | 0 giorni | 0 ore | natale | compleanno',
  calm: 'non e urgente | nessuna fretta | con calma',
  packaging: 'scatola | imballo | confezione | pacco',
  instead: 'solo l | ricevuto solo | solo il | solo la | invece di | invece del | invece della | al posto di',
  ordered: 'ho ordinato | avevo ordinato | ho comprato',
  got: 'arrivato | arrivata | ricevuto | mi e arrivata | mi e arrivato | mandato',
  differs: 'non assomiglia',
  need: 'mi serve | serve | ho bisogno | bisogno | necessito | mi occorre',
  product: 'prodotto | articolo | modello | questo prodotto | questo articolo',
  money: 'soldi | denaro | importo | i miei soldi',
  pending: 'ancora | non ancora | ancora nulla | tuttora | finora',
  parcel: 'ordine | pacco | spedizione | consegna | pacchetto',
  late: 'da una settimana | da giorni | non si aggiorna | centro di smistamento | stesso stato | ritardo | in ritardo | perso | smarrito | bloccato | fermo | ci mette tanto',
  arrive: 'arriva | arrivato | arrivare | ricevuto | ricevere | consegnato | spedito | spedire | inviato',
  address: 'telefono | indirizzo | cap | civico | numero civico | via',
  mistake: 'sbagliato | sbagliata | errore | ho sbagliato | errato',
  ack: 'ok | va bene | d accordo',
  fake: 'falso | contraffatto | imitazione | non originale | non e originale',
};

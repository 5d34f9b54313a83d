import type { Lexicon } from '../lexicon';

/** French (France, Belgium, Canada), with or without accents; "n'ai pas reçu" is folded to "n ai pas recu". */
export const fr: Lexicon = {
  intents: {
    'where-is-order': `date de livraison prevue est depassee:2 | date depassee:2 | est depassee:1.5 | introuvable:1 | livreur:1.5 | avis de passage:2 | ?expedie:1.5 | ?expediee:1.5 | bloque:1.5 | bloquee:1.5 | ne bouge pas:2 | ne bouge plus:2 | pas de nouvelles:1.5 | 0 semaines:1 | rien recu:2 | 
      ou est mon colis:2 | ou est ma commande:2 | ou en est ma commande:2 | ou en est mon colis:2 | ou est mon:1.5 | ou est le colis:2
      pas recu:2 | pas encore recu:2 | jamais recu:2 | toujours pas recu:2 | rien recu:2 | pas arrive:2 | pas encore arrive:2 | toujours pas arrive:2
      jamais arrive:2 | pas livre:2 | toujours rien:2 | toujours pas:1.5 | quand vais-je recevoir:2 | quand vais je recevoir:2 | quand est-ce que:1
      quand sera:1 | sera livre:1.5 | sera expedie:1.5 | quand allez-vous:1.5 | deja expedie:1.5 | numero de suivi:2 | suivi de colis:2 | suivi:1
      lien de suivi:2 | statut de ma commande:2 | livraison:0.5 | expedition:0.5 | colis perdu:2 | perdu:1 | marque comme livre:2 | indique livre:2
      j attends:1.5 | attends toujours:2 | depuis 0 semaines:1.5 | depuis des semaines:1.5`,
    'return-refund': `?delai de retour:2.5 | ?combien de temps pour retourner:2.5 | adresse de retour:2 | rembours*:2 | remboursse*:2 | rambours*:2 | ne me va pas:1 | trop petit:1 | trop grand:1 | trop serre:1 | trop large:1 | sur mon compte:1 | toujours pas rembourse:1 | echanger contre:2 | autre taille:2 | taille au dessus:2 | taille en dessous:2 | taille plus grande:2 | rembourse*:2 | remboursement:2 | retour:1.5 | retourner:2 | renvoyer:2 | renvoi:1.5 | echange*:1 | echanger:1 | mon argent:1.5
      etiquette de retour:2 | bon de retour:2 | me faire rembourser:2 | avoir:0.3 | retractation:1.5`,
    'cancel-order': `change d avis:1.5 | commande deux fois:2 | deux fois par erreur:2 | en double:1.5 | par erreur:1.5 | ne l envoyez pas:2 | ne pas l envoyer:2 | annuler:2 | annulation:2 | annulez:2 | annule:1.5 | annulee:1.5 | plus besoin:1.5 | ne pas expedier:2 | ne pas envoyer:2 | commande par erreur:1.5`,
    'change-order': `point relais:2 | emballage cadeau:2 | paquet cadeau:2 | avec mon autre commande:2.5 | envoyer ensemble:2 | changer l adresse:2.5 | changer mon adresse:2.5 | changer d adresse:2.5 | modifier l adresse:2.5 | modifier mon adresse:2.5 | adresse erronee:2
      mauvaise adresse:1.5 | nouvelle adresse:1.5 | changer la taille:2.5 | changer la couleur:2.5 | modifier ma commande:2.5 | modifier la commande:2.5`,
    'damaged-defective': `gresille*:2 | pas de son:2 | grésille:2 | se deconnecte*:2 | s arrete tout le temps:2 | un seul cote:2 | n encaisse pas:1.5 | bruit bizarre:2 | bruit etrange:2 | fait du bruit:2 | grince:2 | la batterie se vide:2 | se vide:1.5 | ne tient pas la charge:2 | batterie ne tient pas:2 | ne repond plus:2 | ne repond pas:2 | bloque:1 | coince:1.5 | ne ferme pas:2 | ne ferme plus:2 | fermeture eclair cassee:2 | lignes sur l ecran:2 | ebreche:2 | ebrechee:2 | s est cassee:2 | s est casse:2 | sent le brule:2 | odeur de brule:2 | retreci:2 | deteint:2 | decolore:2 | couture:1 | decousu:2 | clignote:1.5 | s eteint tout seul:2 | ne marche plus:2 | a arrete de fonctionner:2 | cesse de fonctionner:2 | ne fonctionne plus:2 | dechire:2 | dechiree:2 | raye:2 | rayee:2 | fuit:2 | fuite:1.5 | casse:2 | cassee:2 | fissure:2 | fele:2 | abime:2 | abimee:2 | defectueux:2 | en panne:2 | decolle*:2 | se sont decollees:2 | fendu:2 | fendue:2 | ebreche*:2 | casse:2 | cassee:2 | casses:2 | abime*:2 | endommage*:2 | defectueu*:2 | defaut:1.5 | ne fonctionne pas:2 | ne marche pas:2 | marche pas:2
      fonctionne pas:2 | en panne:2 | hs:1.5 | fissure*:2 | raye*:2 | dechire*:2 | troue:2 | fuit:2 | fuite:2 | ne s allume pas:2 | s allume pas:2
      ne charge pas:2 | mauvaise qualite:1.5  | cabosse:2 | tache*:1.5 | deja utilise:1.5 | moisi:2 | brise:2`,
    'wrong-item': `0 sur les 0:2 | seulement 0 sur:2 | que 0 sur:2 | pas conforme a la description:2.5 | pas conforme:2.5 | non conforme:2.5 | n ai recu que:2.5 | je n ai recu que:2.5 | pieces manquantes:2 | mauvais article:2.5 | mauvais produit:2.5 | mauvaise taille:2 | mauvaise couleur:2 | mauvais modele:2.5 | pas le bon:2 | pas la bonne:2
      ce n est pas ce que j ai commande:2.5 | pas ce que j ai commande:2.5 | pas ce que j avais commande:2.5 | article different:2 | produit different:2
      erreur de commande:1.5 | erreur d envoi:2.5 | il manque:1.5 | manquant:1 | colis vide:2 | boite vide:2`,
    'product-question': `?neuf ou:3 | ?reconditionne:2 | ?c est neuf:2 | ?combien de kilos:2 | ?poids maximum:2 | ?supporte combien:2 | ?livre roule:1.5 | ?inclus:1.5 | ?fourni:1.5 | ?fonctionne avec:2 | ?marche avec:2 | ?s utilise:2 | ?comment utiliser:2 | ?comment ca marche:2 | ?comment ca fonctionne:2 | ?monter:1.5 | ?installer:1.5 | ?original:1.5 | ?authentique:2 | ?adapte:1.5 | ?convient:1.5 | ?en noir:1 | ?vous l avez:1.5 | ?vous avez:1 | ?existe en:1.5 | ?il existe:1 | ?quelle taille:1.5 | ?quelle longueur:1.5 | ?combien pese:1.5 | ?combien de temps pour livrer:2 | ?livrer en:1.5 | ?livraison en:1.5 | ?livrez:1.5 | ?taille:1 | ?pointure:1 | dimensions:2 | matiere:1.5 | compatible*:2 | etanche:2 | en stock:2 | disponible:1.5 | notice:1.5 | mode d emploi:2
      comment utiliser:2 | comment fonctionne:2 | question sur:1.5 | petite question:1.5 | ?est-ce que:1 | ?est ce que:1 | taille petit:1.5 | taille grand:1.5
      ?convient:1 | avant d acheter:2 | avant de commander:2 | ?y a-t-il:1`,
    invoice: `preuve d achat:2.5 | justificatif:2 | facture*:2.5 | tva:2 | justificatif:2 | numero de tva:2.5 | siret:1.5`,
    'thanks-positive': `conforme a la description:2 | je rachèterai:2 | je racheterai:2 | conforme:1 | recu:0.6 | merci*:1 | parfait:1.5 | super:1 | genial:1.5 | top:1 | tres satisfait:2 | satisfait:1.5 | content:1 | ravi*:1.5 | bien recu:2 | nickel:1.5
      impeccable:1.5 | au top:1.5 | tout est ok:1.5 | probleme resolu:1.5 | bonne continuation:1`,
  },
  negated: {
    'where-is-order':
      'recu:2 | recue:2 | arrive:2 | arrivee:2 | livre:2 | livree:2 | expedie:2 | parvenu:2 | eu:1',
    'damaged-defective': 'fonctionne:2 | marche:2 | allume:2 | charge:1.5',
    'wrong-item': 'commande:1 | bon:1 | bonne:1 | conforme:1.5',
  },
  negBefore: 'pas | ne | n | jamais | aucun | aucune | sans | rien | plus | ni',
  question:
    'combien de temps | quand | comment | pourquoi | quel | quelle | est-ce | pouvez-vous | pouvez vous | puis-je | y a-t-il | combien',
  changeVerb: 'ajouter | rajouter | augmenter | changer | modifier | echanger | corriger | remplacer',
  orderAttr:
    'noir | noire | blanc | blanche | rouge | bleu | bleue | vert | verte | gris | grise | rose | beige | marron | jaune | couleurs | numero de telephone | telephone | numero | quantite | modele | adresse | taille | couleur | pointure | quantite | modele | code postal',
  positive:
    'merci | parfait | super | genial | top | satisfait | content | ravi | ravie | nickel | impeccable | excellent | bravo | adore',
  negative: `decu | decue | decevant | decevante | enerve | enervee | agace | mecontent | mecontente | horrible | nul | nulle | inadmissible | pas arrive sur mon compte:0.6 | a la douane:0.6 | sur mon compte:0.6 | toujours pas rembourse:0.6 | bloque:0.6 | bloquee:0.6 | depuis une semaine:0.6 | depuis 0 jours:0.6 | toujours rien:0.6 | toujours pas:0.6 | rien recu:0.6 | indique livre:0.6 | 0 jours:0.4 | 0 semaines:0.6 | pas de nouvelles:0.6 | decu | decue | deception | mecontent | mecontente | furieux | enerve | nul | nulle | inadmissible | honteux | probleme:0.7 | souci:0.7
    toujours pas:0.5 | malheureusement:0.5 | plainte | dommage:0.5`,
  polite: 'merci | svp | s il vous plait | stp | cordialement | bonne journee | bien a vous',
  angry: `incompetent:1 | incompetents:1 | troisieme fois:1 | toujours pas de reponse:1 | aucune reponse:1 | personne ne repond:1 | vous m ignorez:1 | nuls:1 | inadmissible:1 | inacceptable:1 | scandaleux:1 | honteux:1 | honte:1 | n importe quoi:1 | ras le bol:1 | marre:1 | escroc*:1 | voleur*:1
    lamentable:1 | minable:1 | pitoyable:1 | furieux:1 | merde:1 | putain:1 | plus jamais:1`,
  reviewThreat:
    'laisse un avis | laisser un avis | mettre un avis | avis negatif | mauvais avis | mauvaise note | 1 etoile | une etoile | evaluation negative | commentaire negatif | laisser un avis',
  claim:
    'mediateur | mediatrice | saisis la mediatrice | conciliateur | garantie a a z | garantie a-z | reclamation | ouvrir un dossier | signaler a amazon | contacter amazon | service client amazon | ebay garantie',
  dispute: 'litige',
  chargeback: 'retrofacturation | opposition bancaire | faire opposition | ma banque | rejet de paiement',
  legal:
    'avocat | plainte | porter plainte | police | gendarmerie | tribunal | justice | dgccrf | arnaque* | escroquerie | fraude | mise en demeure',
  urgentNow: 'urgent | urgence | immediatement | au plus vite | des que possible | rapidement:0.5 | asap',
  deadlineMark: 'avant | d ici | au plus tard | jusqu a | pour',
  time: 'aujourd hui | demain | apres-demain | lundi | mardi | mercredi | jeudi | vendredi | samedi | dimanche | ce week-end | 0 jours | 0 heures | 0h | noel | anniversaire | la semaine prochaine',
  calm: 'pas urgent | pas presse | rien ne presse',
  packaging: 'emballage | carton | boite | colis',
  instead: 'au lieu du | au lieu des | au lieu de | au lieu d | a la place',
  ordered:
    'commandes | commandees | j ai commande | commande un | commande une | j avais commande | j avais pris',
  got: 'recu | recue | j ai eu | envoye | arrive | livre',
  differs: 'rien a voir | ne correspond pas',
  need: 'besoin | il me le faut | il me faut | j en ai besoin | jen ai besoin',
  product: 'article | produit | modele | ce produit | cet article | ce modele',
  money: 'argent | mon argent | montant | somme',
  pending: 'toujours pas | pas encore | toujours rien | toujours en attente | jusqu a present',
  parcel: 'boite aux lettres | boite a lettres | commande | colis | livraison | envoi | paquet',
  late: 'depuis une semaine | depuis lundi | centre de tri | meme statut | retard | en retard | retarde | perdu | bloque | coince | trop long | tres long | toujours rien',
  arrive:
    'recois | recoit | recevrai | recevrais | recevoir | livre selon | arriver | arrive | arrivee | recu | recevoir | livre | livree | expedie | expediee | envoye | envoyee | parti',
  address: 'numero de telephone | adresse | code postal | cp | numero de rue | rue | appartement',
  mistake: 'trompe | trompee | erreur | faux | fausse | mauvais | mauvaise | errone',
  ack: 'd accord | ok | entendu | tres bien',
  fake: 'contrefacon | faux | copie | pas original | pas authentique',
};

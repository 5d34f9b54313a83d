/**
 * Word and letter evidence for Latin-script buyer messages (core/language.ts). Short messages ("colis pas reçu",
 * "barang rosak la") are decided by these tables; franc's trigrams only help on longer texts.
 *
 * Words are written as buyers type them and matched without diacritics (buyers often drop them: "donde esta",
 * "don hang cua minh"), so `zurück` also matches `zuruck`. `word:N` weighs N (default 1): 2–3 for words that
 * belong to one language only, below 1 for loanwords every Shopee market uses (`refund`, `order`, `size`).
 * A word listed under several languages counts for each, so shared words (`saya`, `terima kasih` in Malay and
 * Indonesian) cancel out and the distinctive ones decide.
 *
 * Malay vs Indonesian: they share most of their vocabulary. The lists below carry what tells them apart in chat
 * (ms: nak, tak, dah, bila, boleh, rosak, hantar, saiz, la/lah, ke?, tq…; id: gak/nggak, udah, kapan, kak, min,
 * gan, dong, banget, gimana, nih, resi, ukuran, uang…). Where a message has none of these ("tolong batalkan
 * pesanan saya"), the marketplace decides (shopee.co.id → id, shopee.com.my → ms) through the site head start.
 */
const BUYER_WORDS: Record<string, string> = {
  en: `the:2 is my:2 i you:2 it to and:2 of was not have:1.5 has where:2 when what:1.5 please:2 pls:2 plz:2 thanks:2
    thank:2 thx:2 can do:0.5 did does:2 doesnt:3 dont:2 cant:2 didnt:3 hasnt:3 havent:3 isnt:3 wont:2 your:2 this:2
    still:2 with:1.5 will for:1.5 be are:1.5 any:1.5 got:2 get:1.5 sent:1 received:2 arrived:1.5 money:2 back:1
    want:1.5 need:1.5 how:2 long:1 return:1 update:0.5 parcel:2 package:2 says:2 delivered:1.5 nothing:2 here:2
    cancel:0.5 waiting:2 weeks:2 days:2 now:1.5 fake:1.5 very:2 great:2 fast:1 delivery:1 hello:1 hi:0.3 there:2
    anyone:2 missing:2 one:1 piece:2 came:2 never:2 would:2 like:1 way:1.5 too:1.5 big:1.5 bought:2 only:2
    respond:2 asap:2 leave:2 negative:1 feedback:1 reply:0.5 today:2 ship:1 shipping:1 u:0.5 me:0.5 wrong:2
    broken:2 damaged:2 working:2 stopped:2 after:2 box:1 crushed:2 colour:2 color:1 ordered:1 black:1 come:1.5
    in:0.3 on:1 no:0.3 yes:2 ok:0.3 okay:0.5 but:1.5 why:2 which:2 from:1 yet:2 again:2 than:2 should:2 could:2
    order:0.3 item:0.5 refund:0.3 size:0.3 seller:0.3 tracking:0.3 product:0.3 compatible:0.3 options:1.5
    photos:1.5 today:2 address:1.5 properly:2 close:1 exchange:1 medium:1 large:1 set:0.5 very:2 much:2 so:0.5
    invoice:0.5 need:1.5 canada:0.5 texas:0.5 lid:1.5 doesn:2 placed:2 since:2 check:0.5 attaching:2 screen:0.5
    cracked:2 what's:2 i'd:2 i'm:2 it's:2 haven't:3 hasn't:3 don't:2 didn't:3 works:2 work:1 sent:1`,
  de: `ich:2 nicht:2 ist:1.5 und:2 der:1.5 die:1 das:1.5 dem:1.5 den:1 des:1 mein:2 meine:2 meinen:2 meiner:2
    bitte:2 danke:2 dank:1.5 vielen:3 bestellung:3 paket:2 noch:2 wo:1 wann:2 warum:2 wie:1.5 kann:1.5 habe:2 hab:2
    haben:2 hat:1.5 bekommen:3 geliefert:2 leider:3 schon:2 immer:2 nix:2 nichts:2 auch:2 sie:1 mit:1.5 auf:1.5
    zu:1 ein:1.5 eine:2 einen:2 kein:2 keine:2 gibt:2 geht:2 geld:2 zurück:2 artikel:2 ware:2 versand:2
    versendet:2 lieferung:3 angekommen:3 kaputt:2 falsche:2 falsch:2 farbe:2 größe:3 grosse:2 rücksendung:3
    umtauschen:3 stornieren:3 rechnung:3 sendungsnummer:3 funktioniert:3 hallo:1 moin:3 servus:3 guten:2 tag:1.5
    für:1.5 schnelle:2 antwort:2 passt:2 möglich:2 seit:2 wochen:3 tage:2 teil:1.5 fehlt:3 heute:2 dauert:3 lange:1
    nach:1.5 stück:2 aber:2 nur:2 brauche:2 klein:2 sind:2 nun:1.5 gerät:2 alles:2 bestens:3 verfügbar:3 ersatz:3
    gern:2 gerne:2 hätte:3 erhalten:2 können:2 schuhe:2 verpackung:3 schneller:3 bestellt:3 warte:2 eingedrückt:3
    glas:1.5 gesprungen:3 montag:2 bisher:3 versandbestätigung:3 nachsehen:3 österreich:2 es:0.5 was:0.3 an:0.3
    war:1 wird:2 werden:2 mir:2 mich:2 wir:2 ihr:1.5 bin:1.5 schon:2 sehr:2 gut:2 keine:2 ja:0.5 nein:2 oder:2
    zwei:2 defekt:0.5 original:0.2 top:0.2 per:0.2 mail:0.2`,
  fr: `je:2 j:1.5 ai:1 est:1.5 c:0.5 ma:1.5 mon:2 mes:1.5 pas:2 et:1 un:0.5 une:1.5 vous:2 où:1.5 ou:0.5 quand:2
    merci:3 commande:3 avec:2 pour:2 ne:1 il:0.5 elle:2 des:1 du:1.5 le:1 la:0.5 les:1.5 colis:3 reçu:3 recu:2
    veux:3 être:2 remboursé:3 rembourse:2 remboursement:3 cassé:3 casse:1 livraison:3 livré:3 beaucoup:3 avez:3
    taille:2 que:1 ça:2 ca:1 arrive:1 bonne:2 couleur:3 bonjour:3 bonsoir:3 suivi:3 marche:2 annulez:3 svp:3
    toujours:3 rien:3 produit:2 défectueux:3 voudrais:3 retourner:3 article:1 manque:3 pièce:2 piece:0.5
    possible:0.3 fait:2 semaines:3 attends:3 très:2 tres:1 satisfait:3 chargeur:3 fonctionne:3 jamais:3
    arrivée:2 contrefaçon:3 pouvez:3 envoyer:3 facture:2 trop:2 petit:2 peux:3 échanger:3 nouvelles:3 marqué:3
    mais:2 il:0.5 y:0.3 dix:2 jours:3 aucune:3 nouvelle:2 transporteur:3 vérifier:3 écran:3 arrivé:2 rayé:3
    souhaite:3 remplacement:2 quoi:3 délai:3 parfait:2 reçu:3 mauvais:3 modèle:2 compatible:0.2 téléphone:1.5
    mon:2 n:1 qu:2 l:0.5 d:0.5 m:0.3 s:0.3 oui:2 non:0.5 aussi:2 encore:2 sur:1.5 dans:2 au:1 aux:2 moi:2
    bien:1.5 plus:1 chez:3 depuis:3 alors:2`,
  es: `el:1.5 la:0.5 los:2 las:2 es:1 mi:1 mis:1.5 no:0.5 y:1 un:0.5 una:1 usted:3 dónde:2 donde:2 cuándo:2
    cuando:1.5 gracias:3 pedido:2.5 por:1.5 para:1 con:1 que:1 qué:1.5 está:2 esta:1 me:0.7 ha:1 llegado:3
    llegó:3 llego:2 paquete:2 quiero:3 reembolso:2 roto:2 muchas:3 tienen:3 talla:3 envían:3 mandaron:3 color:0.5
    equivocado:3 hola:3 número:1 seguimiento:3 funciona:1.5 cancelen:3 favor:2 todavía:3 todavia:2 recibo:2
    nada:1.5 producto:2 defectuoso:3 devolverlo:3 falta:1.5 pieza:3 hacen:3 envíos:3 envios:2 llevo:3 semanas:2
    esperando:2 cargador:2 sirve:3 original:0.2 pueden:3 mandar:1.5 factura:1.5 queda:3 chico:2 puedo:3
    cambiarlo:3 buenas:3 tardes:3 alguna:1.5 novedad:2 dice:2 entregado:3 pero:2 tengo:3 compré:3 compre:1 hace:3
    diez:3 días:2 dias:1.5 envío:3 envio:2 sigue:3 sin:2 moverse:3 ayudar:2 pantalla:3 rayada:3 necesito:3
    otra:2 devuelvan:3 dinero:3 vale:1 recibí:3 recibi:2 modelo:1 compatible:0.2 celular:2 oye:3 ya:0.5 pasó:3
    semana:1.5 lo:1 todo:1 bien:0.5 sí:1.5 si:0.5 del:1.5 al:0.5 muy:3 también:3 hasta:2 ahora:3 aún:2`,
  it: `il:2 lo:0.5 la:0.5 gli:3 le:0.5 è:1.5 mio:2.5 mia:2 non:1.5 e:0.5 un:0.5 una:0.5 dove:2 dov:3 quando:1
    grazie:3 ordine:2.5 per:0.5 con:0.5 che:2 sono:2 ho:2.5 pacco:3 ancora:3 arrivato:3 voglio:3 rimborso:3
    rotto:3 mille:1.5 avete:3 taglia:3 spedite:3 colore:2 sbagliato:3 buongiorno:3 tracking:0.2 funziona:1.5
    annullate:3 favore:2 niente:3 prodotto:3 difettoso:3 vorrei:3 restituirlo:3 manca:3 pezzo:3 svizzera:2 aspetto:2
    da:0.5 settimane:3 caricabatterie:3 va:0.5 mai:1 originale:1.5 mandate:3 fattura:3 troppo:3 piccolo:3
    posso:3 cambiarlo:2 salve:3 novità:3 risulta:3 consegnato:3 ma:0.5 ordinato:3 dieci:3 giorni:3 fa:1
    spedizione:3 ferma:2 potete:3 verificare:2 schermo:3 graffiato:3 sostituzione:3 perfetto:3 ricevuto:3 modello:3
    compatibile:1.5 telefono:1 ciao:3 arriva:1 tutto:3 ok:0.2 anche:3 sempre:2 molto:3 della:2 nel:2 del:1
    questo:3 questa:3 ci:1 si:0.5 sì:1 più:2 già:3 cosa:2 come:1 perché:3 perche:2`,
  pt: `o:1 a:0.3 os:1.5 as:0.5 é:1 meu:3 minha:3 não:3 nao:2 e:0.3 um:1.5 uma:2 você:3 voce:2 vocês:3 voces:2
    onde:2 quando:1 obrigado:3 obrigada:3 pedido:2 com:1.5 para:1 que:0.5 está:1 cadê:3 cade:3 ainda:3 recebi:3
    quero:3 reembolso:1.5 chegou:3 quebrado:3 muito:3 tem:2 tamanho:3 vai:2 ser:1 enviado:2 veio:3 cor:2 errada:3
    errado:3 olá:2 ola:1 rastreio:3 funciona:1 cancela:2 por:0.5 favor:1 até:2 agora:2 nada:1 produto:2 defeito:3
    devolver:2 falta:1 peça:3 peca:2 entrega:2 portugal:1 to:0.3 tô:3 esperando:2 há:2 semanas:1.5 carregador:3
    nota:1.5 fiscal:2 pode:3 mandar:1 ficou:3 pequeno:3 posso:1.5 trocar:3 boa:3 tarde:2 alguma:2 novidade:3
    diz:3 entregue:3 mas:1 comprei:3 dez:3 dias:1 atualiza:3 podem:3 verificar:1.5 tela:3 riscada:3 troca:3
    dinheiro:3 volta:2 blz:3 valeu:3 modelo:1 compatível:1.5 celular:1.5 moço:3 moco:2 ja:0.5 faz:3 semana:1
    certinho:3 obrigada:3 sim:2 também:3 tambem:2 mais:1.5 já:1.5 ao:2 do:0.5 da:0.5 no:0.3 na:0.5 pra:3 né:3 vc:3`,
  nl: `de:0.7 het:3 is:0.7 mijn:3 ik:3 niet:3 en:0.3 een:2.5 u:0.3 waar:3 wanneer:3 bedankt:3 bestelling:2.5
    met:1 voor:2 dat:1 nog:2 blijft:3 pakket:2 ontvangen:3 wil:2 geld:1 terug:3 kapot:3 aangekomen:3 dank:1 je:0.5
    wel:2 hebben:2 jullie:3 maat:3 wordt:3 verzonden:3 verkeerde:3 kleur:3 gekregen:3 hallo:0.5 track:0.3 trace:0.3
    werkt:3 graag:3 annuleren:3 steeds:3 niks:2 product:0.3 defect:1 terugsturen:3 er:1 ontbreekt:3 onderdeel:3
    leveren:2 ook:3 in:0.3 belgie:2 wacht:3 al:1 weken:3 oplader:3 doet:3 nooit:3 origineel:3 kunnen:2 factuur:3
    sturen:2 te:1 klein:1 kan:1 ruilen:3 goedemiddag:3 nieuws:3 staat:3 bezorgd:3 maar:3 heb:3 tien:2 dagen:3
    geleden:3 besteld:3 zending:3 stil:1.5 kijken:3 scherm:3 gekrast:3 nieuwe:2 oke:1 top:0.2 verkeerde:3 model:0.2
    past:1 dit:2 op:2 telefoon:3 hoi:3 komt:3 alles:1 goed:3 van:1.5 zijn:2 heeft:3 geen:3 naar:3 ben:2 nu:1.5
    dus:2 even:1 hoe:3 wat:2 waarom:3 alstublieft:3 aub:3`,
  pl: `jest:3 mój:3 moj:2 moja:3 moje:2 nie:2 i:0.3 w:1 na:0.5 gdzie:3 kiedy:3 dziękuję:3 dziekuje:3 zamówienie:3
    zamowienie:3 z:1 że:3 ze:0.5 to:0.3 się:3 sie:2 paczka:3 paczki:3 dostałem:3 dostałam:3 dostalem:3 przesyłki:3
    przesyłka:3 chcę:3 chce:2 zwrot:3 pieniędzy:3 przyszło:3 przyszedł:3 uszkodzone:3 bardzo:3 czy:3 rozmiar:2
    wysyłka:3 zły:3 zly:2 kolor:1.5 dzień:3 dzien:2 dobry:1.5 numer:1 śledzenia:3 działa:3 dziala:2 proszę:3
    prosze:3 anulować:3 dalej:2 nic:1.5 mam:2 produkt:1 wadliwy:3 zwrócić:3 towar:1.5 brakuje:3 jednej:3 części:3
    wysyłacie:3 do:0.3 niemiec:3 czekam:3 juz:1 już:2 tygodnie:3 ładowarka:3 dotarło:3 oryginał:3 fakturę:3
    za:1 małe:3 mogę:3 moge:2 wymienić:3 witam:3 są:2 jakieś:3 wieści:3 doręczone:3 brak:2 zamówiłem:3 dziesięć:3
    dni:1.5 temu:2 stoi:3 miejscu:3 mogą:3 państwo:3 sprawdzić:3 ekran:1 porysowany:3 wymianę:3 albo:3 ok:0.2
    super:0.3 dzieki:3 dzięki:3 model:0.2 pasuje:3 mojego:3 telefonu:2 hej:1 dojdzie:3 wszystko:3 doszło:3
    polecam:3 jak:2 tak:0.5 ale:1 ten:1 tego:3`,
  sv: `är:3 ar:0.5 min:0.5 mitt:3 jag:3 inte:3 och:3 en:0.5 ett:3 var:1 när:3 tack:3 beställning:3 med:2 för:1.5
    att:3 det:2 har:1.5 fått:3 fatt:2 paketet:3 vill:3 ha:1 pengarna:3 tillbaka:3 kom:1.5 trasig:3 så:2 mycket:3
    finns:3 storlek:3 skickas:3 den:0.5 fel:2 färg:3 levererad:3 hej:1 spårningsnumret:3 fungerar:3 avbryt:3
    order:0.2 fortfarande:3 inget:3 produkten:3 defekt:0.5 returnera:3 del:0.5 saknas:3 skickar:3 ni:1 till:2
    norge:2 väntat:3 veckor:3 laddaren:3 funkar:3 aldrig:3 kommit:3 äkta:3 kan:0.5 skicka:3 kvittot:3 liten:2
    byta:3 god:1 dag:1 några:3 nyheter:3 står:3 men:1.5 beställde:3 tio:2 dagar:3 sedan:3 försändelsen:3 rört:3
    sig:2 kolla:3 skärmen:3 repig:3 ny:1.5 eller:3 okej:2 toppen:3 fick:3 modell:2 passar:3 telefon:0.5 tjena:3
    kommer:3 allt:2 fram:2 också:3 nu:1 bara:3 vad:3 hur:3 varför:3 snälla:3`,
  tr: `ve:2 bir:2 bu:2 benim:3 ne:1 zaman:3 nerede:3 nerde:3 teşekkürler:3 tesekkurler:3 sipariş:3 siparis:3
    siparişim:3 için:3 icin:2 değil:3 mi:0.5 mı:3 var:1 yok:3 kargo:3 kargom:3 kargoya:3 hala:2 hâlâ:2 gelmedi:3
    geldi:3 iade:3 istiyorum:3 kırık:3 çok:3 cok:2 beden:3 verilir:3 yanlış:3 yanlis:2 renk:3 gönderilmiş:3
    merhaba:3 takip:3 numarası:3 çalışmıyor:3 calismiyor:3 iptal:3 edin:3 lütfen:3 lutfen:3 şey:3 ürün:3 urun:2
    arızalı:3 geri:2 göndermek:3 parça:3 eksik:3 gönderiyor:3 musunuz:3 haftadır:3 bekliyorum:3 şarj:3 aleti:3
    orijinal:3 fatura:1 gönderebilir:3 misiniz:3 küçük:3 değiştirebilir:3 miyim:3 iyi:3 günler:3 gelişme:3
    teslim:3 edildi:3 diyor:3 ama:2 bende:3 on:0.3 gün:3 önce:3 verdim:3 hareket:3 etmiyor:3 kontrol:1 eder:3
    ekran:1 çizik:3 değişim:3 ya:0.3 da:0.3 para:1 iadesi:3 tamam:3 sağolun:3 sagolun:3 model:0.2 telefonuma:3
    uyar:3 abi:3 sorunsuz:3 neden:3 daha:3 hemen:3 artık:3 selam:2`,
  cs: `kde:3 je:1 moje:2 můj:3 objednávka:3 objednavka:3 objednávku:3 balík:3 balik:2 nedorazil:3 nedorazila:3
    chci:3 vrátit:3 vratit:2 peníze:3 penize:2 přišlo:3 prislo:2 přišla:3 přišel:3 rozbité:3 moc:2 děkuji:3
    dekuji:3 diky:3 díky:3 máte:3 mate:1 velikost:3 kdy:3 odešlete:3 špatná:3 spatna:2 špatný:3 barva:3 dobrý:3
    dobry:1.5 den:0.5 sledování:3 nefunguje:3 zrušte:3 prosím:3 prosim:3 pořád:3 porad:1 nic:1 výrobek:3 vadný:3
    to:1 chybí:3 jeden:1 díl:3 posíláte:3 na:0.5 slovensko:3 čekám:3 cekam:3 už:2 týdny:3 nabíječka:3
    originál:0.5 můžete:3 muzete:3 poslat:3 fakturu:2 malé:1 můžu:3 muzu:3 vyměnit:3 nějaké:3 novinky:3 píše:3
    doručeno:3 nedorazilo:3 nedošlo:3 nepřišlo:3 ale:1 nemám:3 objednal:3 jsem:3 před:3 deseti:3 dny:2 zásilka:3 se:0.5 vůbec:3 nehýbe:3 prověřit:3
    displej:3 poškrábaný:3 výměnu:3 nebo:3 vrácení:3 peněz:3 ok:0.2 super:0.2 dostala:2 model:0.2 hodí:3 můj:3
    telefon:0.5 ahoj:3 prijde:3 přijde:3 vse:2 vše:3 doslo:3 došlo:3 poradku:3 pořádku:3 jak:1.5 proč:3 taky:3
    není:3 neni:3`,
  ro: `unde:3 este:2 comanda:2 mea:3 coletul:3 nu:2 a:0.3 ajuns:3 vreau:3 banii:3 înapoi:3 inapoi:3 venit:3
    spart:3 mulțumesc:3 multumesc:3 mulţumesc:3 frumos:3 aveți:3 aveti:3 mărimea:3 marimea:3 când:3 cand:2 o:0.3
    trimiteți:3 trimiteti:3 am:0.5 primit:3 altă:3 alta:0.5 culoare:3 bună:3 buna:2 ziua:3 nr:1 de:0.3 urmărire:3
    merge:2 anulați:3 anulati:3 vă:3 va:0.3 rog:3 tot:1 nimic:3 produsul:3 e:0.3 defect:0.5 să:3 sa:0.5 îl:3
    il:0.3 returnez:3 lipsește:3 lipseste:3 piesă:3 piesa:1 livrați:3 livrati:3 în:2 moldova:2 aștept:3 astept:3
    săptămâni:3 saptamani:3 încărcătorul:3 incarcatorul:3 original:0.2 puteți:3 puteti:3 trimite:3 factura:1
    prea:3 mic:2 pot:2 schimb:3 ceva:3 noutăți:3 noutati:3 scrie:3 livrat:3 dar:1 n:0.5 comandat:3 acum:3
    zece:3 zile:3 și:3 si:1 s:0.3 mișcat:3 miscat:3 deloc:3 verifica:2 ecranul:3 zgâriat:3 doresc:3 înlocuire:3
    sau:3 rambursare:3 ok:0.2 mersi:3 alt:1 model:0.2 se:0.3 potrivește:3 potriveste:3 la:0.3 telefonul:3 meu:1
    salut:2 vine:3 totul:3 bine:1.5 pentru:3 care:2 foarte:3 încă:3 inca:2`,
  vi: `tôi:3 toi:2 không:3 khong:3 ko:2 k:1 và:2 của:3 cua:2 đơn:3 don:1 hàng:3 hang:2 khi:2 nào:3 nao:2 ở:2 đâu:3
    dau:1 cảm:3 cam:1.5 ơn:3 on:0.5 bạn:3 ban:1 là:2 có:2 co:1 rồi:3 roi:2.5 chưa:3 chua:2.5 nhận:3 nhan:2
    được:3 duoc:2.5 dc:3 đc:3 shop:1 ơi:3 oi:2.5 muốn:3 muon:2.5 hoàn:3 tiền:3 tien:2 bị:3 bi:1.5 vỡ:3 nhiều:3
    size:0.2 ạ:3 a:0.2 giao:3 vậy:3 vay:2 sai:1.5 màu:3 mau:1.5 mã:3 vận:3 tra:1 hủy:3 huy:2 giúp:3 giup:2.5
    mình:3 minh:2.5 với:3 voi:1.5 vẫn:3 thấy:3 sản:3 phẩm:3 lỗi:3 loi:2 trả:3 thiếu:3 một:3 món:3 ship:0.5 ra:1
    hà:2 nội:3 đợi:3 doi:1.5 tuần:3 đó:3 sạc:3 vào:3 điện:3 sao:2 den:0.5 bao:2 gio:2.5 giờ:3 chính:3 hãng:3
    xuất:3 hóa:3 em:2 áo:3 ao:1 hơi:3 chật:3 đổi:3 chào:3 chao:2 đặt:3 từ:3 trước:3 mà:2 đến:3 cập:3 nhật:3
    chuyển:3 kiểm:3 nhé:3 nhe:2 nha:2.5 màn:3 hình:3 trầy:3 cái:3 mới:3 hoặc:3 dep:2 đẹp:3 lam:1.5 lắm:3 lâu:3
    lau:1 anh:2 chị:3 chi:1 ạ:3 cho:2 ak:2 vs:0.5 đi:2 di:0.5`,
  id: `saya:1 tidak:2.5 dan:1 yang:1 ini:1 itu:1 di:0.5 ke:0.3 dari:1 kapan:3 mana:0.5 terima:0.5 kasih:0.5
    pesanan:1 sudah:1.5 belum:1 kak:3 kok:3 ya:1.5 barangnya:1 rusak:3 min:1 dikirim:3 mau:1.5 refund:0.2
    makasih:3 barang:0.5 diterima:1.5 ada:0.5 ukuran:3 gak:3 nggak:3 ngga:3 ga:2 enggak:3 warnanya:2 salah:0.5
    kirim:2.5 resi:3 bisa:2 dilacak:3 tolong:0.5 batalkan:1 udah:3 seminggu:1 dateng:3 datang:2 juga:1.5 produknya:2
    cacat:2 retur:2.5 gimana:3 caranya:2 kurang:0.5 satu:0.5 nih:3 medan:1.5 nunggu:3 minggu:1 lho:3 loh:3
    chargernya:2 ngecas:3 ori:2 minta:2 invoice:0.2 kekecilan:3 tukar:0.5 size:0.2 halo:1.5 pesan:1.5 lalu:2
    tapi:1 resinya:3 update:0.2 sama:1 sekali:1 dicek:3 layarnya:2 baret:3 pas:1.5 sampai:0.5 ganti:2 baru:0.5
    atau:0.5 uang:3 kembali:2 oke:1 siap:2 modelnya:1.5 beda:2 cocok:3 buat:2 hp:2.5 mantap:3 bagus:3 banget:3
    gan:3 lama:1 transfer:0.5 dibalas:3 dong:3 deh:3 sih:3 aja:3 kah:1 pengiriman:2 cepat:1 sis:1.5 bang:1.5
    kakak:3 mohon:2 segera:1.5 kenapa:2.5 gitu:3 tidak:2.5 banyak:0.5`,
  ms: `saya:1 tidak:1 dan:1 yang:1 ini:1 itu:1 di:0.5 ke:1.5 dari:1 mana:0.5 terima:0.5 kasih:0.5 pesanan:1
    sudah:0.5 belum:1 bila:3 barang:0.5 nak:3 sampai:0.5 rosak:3 la:1 lah:2 refund:0.2 dah:3 ada:0.5 saiz:3 tak:3
    warna:0.5 salah:0.5 hantar:3 nombor:3 tracking:0.2 boleh:3 check:0.2 seminggu:1 lagi:1 produk:1.5 ni:3
    macam:3 pulangkan:3 kurang:0.5 satu:0.5 pos:2 sabah:2 tunggu:1.5 minggu:1 charger:0.2 cas:1.5 dihantar:3
    original:0.2 resit:3 bagi:2 kecik:3 sangat:1.5 tukar:1 hai:1 order:0.2 lepas:3 tapi:1 langsung:2 tolong:0.5
    semak:3 skrin:3 calar:3 masa:1.5 baru:0.5 atau:0.5 duit:3 balik:2 model:0.2 lain:1 sesuai:2 untuk:1.5
    telefon:2 best:1 cantik:2.5 betul:3 lambat:2.5 bayar:1.5 seller:0.2 reply:0.2 cepat:1 sikit:3 tq:3
    batalkan:1 pesanan:1 camne:3 mcm:3 xde:3 takde:3 tak:3 je:2 jer:3 pun:1 kot:2 ok:0.2 encik:3 cik:2 boss:1.5
    kenapa:2 sebab:2 dapat:1.5 banyak:0.5`,
  tl: `po:3 ang:3 ng:3 na:1.5 yung:3 ko:2 ba:2.5 pa:1.5 hindi:3 sa:2 mga:3 naman:3 wala:3 kayo:3 pwede:3 puwede:3
    salamat:3 ito:2.5 nasaan:3 kailan:3 ako:3 rin:3 din:2 lang:2 sira:2.5 dumating:3 natatanggap:3 natanggap:3
    paki:3 pakicheck:3 sige:3 opo:3 di:0.5 may:1 iba:2 gusto:3 kulang:2 tagal:3 ganda:3 bayad:3 kulay:3 ayaw:3
    gumana:3 hanggang:3 ngayon:3 depekto:3 ibalik:3 isang:3 piraso:3 nagdedeliver:3 akong:3 naghihintay:3
    nagcha:2 dumadating:3 pahingi:3 resibo:3 maliit:3 palit:3 palitan:3 nag:3 uupdate:3 pagdating:3 gasgas:3
    ishiship:3 mali:2 ka:1.5 si:1 nyo:3 niyo:3 namin:3 ninyo:3 kasi:3 talaga:3 sana:2 paano:3 bakit:3 pero:1
    tapos:3 agad:2 lagi:1.5 kaya:2 siya:3 sila:3 nila:3 ay:2 mo:2 ano:2.5 dito:3 doon:3 yun:3 nung:3 kung:3`,
  hi: `mera:3 meri:3 mere:3 kab:3 aayega:3 ayega:3 aaya:3 aya:1 hai:3 nahi:3 nahin:3 kya:3 bhai:3 bhaiya:3
    mujhe:3 paisa:3 paise:3 wapas:3 karo:3 kar:1.5 do:0.3 hua:3 ki:1 ka:0.5 ke:0.3 jaldi:3 kharab:3 abhi:3
    tak:0.5 bhejo:3 kyu:3 kyun:3 bhi:3 aur:3 mein:1 hoga:3 milega:3 mila:3 gaya:3 diya:3 sahi:3 galat:3 ji:1.5
    yaar:3 replace:0.2 product:0.2 order:0.2`,
};

/**
 * General vocabulary of each language beyond the buyer phrases above (greetings, pronouns, tense and question
 * words, time words, the vocabulary of parcels, money and faults), so the tables are not limited to the phrasings
 * of the evaluation set.
 */
const COMMON_WORDS: Record<string, string> = {
  en: `hey dear:1.5 sir:1 madam:2 kindly:2 receive:2 receiving:2 shipped:1.5 number:1 lost:1.5 label:1 replacement:1.5
    replace:1 sorry:2 issue:1.5 problem:1 help:1 contact:1 email:0.5 arrive:1.5 arriving:2 delay:1 delayed:2 late:1.5
    expected:2 estimated:2 week:1.5 month:1.5 charged:2 twice:2 paid:1.5 payment:1 faulty:2 defective:1.5 fit:1
    small:1.5 smaller:2 bigger:2 quality:1 poor:2 terrible:2 awesome:2 love:2 perfect:0.5 excellent:1 cheers:2
    mate:1 regards:2 buy:1.5 purchase:1.5 purchased:2 we:1.5 they:2 that:1.5 these:2 those:2 been:2 being:2 am:0.3
    an:0.5 at:0.5 by:1 if:1 or:0.5 up:1 out:1.5 about:2 just:1.5 also:1.5 then:1.5 some:1.5 all:1 more:1 other:1.5
    know:2 let:1.5 tell:2 send:1.5 give:1.5 make:1.5 see:1.5 look:1.5 yesterday:2 tomorrow:2 hope:1.5 wait:1.5
    asked:2 answer:1.5 message:1 seller's:0 anything:2 something:2 everything:2 already:2 soon:1.5 who:1.5`,
  de: `grüße:3 gruß:3 mfg:3 lg:1 vg:1 freundlichen:3 geehrte:3 damen:2 herren:3 wieso:3 kommt:2 kommen:2
    geschickt:3 schicken:3 senden:1 zurückschicken:3 retoure:3 erstattung:3 erstatten:3 rückerstattung:3
    beschädigt:3 lieferzeit:3 zugestellt:3 sendung:3 woche:3 tagen:3 gestern:3 morgen:2 bald:2 jetzt:3 sofort:3
    trotzdem:3 eigentlich:3 wirklich:3 schön:2 gar:1.5 warten:3 gekauft:3 kaufen:2 richtig:2 groß:2 viel:2
    wenig:2 ob:2 dass:3 weil:3 wenn:2 denn:2 doch:2 mal:1 sein:2 muss:3 müssen:3 will:0.5 möchte:3 soll:2
    würde:3 bei:2 von:1.5 aus:1.5 um:1 über:2 unter:2 vor:1.5 gegen:2 ohne:2 dieser:3 diese:2 hier:1 da:0.3
    schreiben:2 nachricht:3 frage:2 antworten:3 bewertung:3`,
  fr: `salut:1.5 madame:2 monsieur:3 cordialement:3 stp:3 reçois:3 envoyé:3 expédié:3 expédition:3 retour:2
    rembourser:3 abîmé:3 endommagé:3 grand:1 comment:1.5 pourquoi:3 combien:3 déjà:3 personne:1.5
    aujourd:3 hui:2 demain:3 hier:2 semaine:3 jour:2 mois:2 paquet:2 commandé:3 acheté:3 numéro:1.5 bon:1
    problème:2 aide:1.5 aidez:3 avance:1 attente:2 attendre:3 faut:3 peut:2 veut:3 doit:3 sont:2 suis:3 était:3
    avoir:3 faire:3 cette:3 ce:1.5 ces:2 cet:3 qui:1.5 dont:2 leur:2 notre:2 votre:3 nos:2 vos:2 tes:1 ses:1
    sans:2 sous:2 entre:1 vers:2 comme:1.5 si:0.3 donc:3 car:1 quelque:3 chose:3 rapidement:3 vite:2`,
  es: `buenos:3 señor:2 saludos:2 porfa:3 porfavor:3 recibido:2 envié:3 enviado:1.5 enviar:1.5 mandé:3 devolución:3
    devolver:1 dañado:3 grande:0.5 pequeño:3 cómo:2 como:0.5 porque:1.5 cuánto:3 cuanto:1.5 aún:2 nunca:1.5 nadie:3
    hoy:3 mañana:3 ayer:3 día:2 mes:0.3 compra:1 artículo:2 bueno:2 buena:1.5 malo:2 problema:1 ayuda:2 espero:1
    hay:3 tiene:2 puede:2 quisiera:3 soy:3 estoy:3 era:0.5 hacer:3 hecho:2 este:1 estos:3 ese:2 esa:2 eso:2
    quien:2 cual:2 su:1 sus:2 nuestro:3 sobre:1 hacia:3 entonces:3 pues:3 oiga:3 disculpe:3 amigo:2 ustedes:3
    mucho:2 poco:1 rápido:2 pronto:2`,
  it: `buonasera:3 gentile:3 cordiali:3 saluti:3 prego:3 spedito:3 inviato:2 reso:3 danneggiato:3 grande:0.5
    come:1 perché:3 quanto:1 già:3 nessuno:3 oggi:3 domani:3 ieri:3 settimana:3 giorno:3 mese:1 ordinato:3
    comprato:3 acquistato:3 articolo:3 numero:1 buono:3 cattivo:3 problema:1 aiuto:2 attesa:2 ha:0.5 hanno:3
    può:3 possono:3 devo:3 sei:1 fare:2 fatto:2 quello:3 chi:2 suo:1 loro:2 nostro:1 senza:3 su:0.5 tra:1 fra:1
    però:3 quindi:3 allora:3 poco:1 tanto:2 adesso:3 ora:1 subito:3 gli:3 della:2 alla:2 sul:2 dal:2 nella:3`,
  pt: `oi:1 bom:3 dia:1 noite:3 senhor:3 obg:3 vlw:3 pfv:3 recebido:1 mandei:3 devolução:3 estorno:3 danificado:3
    pequeno:3 porque:1 quanto:1 nunca:1 ninguém:3 hoje:3 amanhã:3 ontem:3 mês:2 pacote:2 encomenda:3 compra:1
    número:1 código:2 ruim:3 problema:1 ajuda:2 espero:1 tenho:3 têm:3 queria:3 preciso:3 são:3 sou:3 estou:3
    fazer:3 feito:2 isso:3 isto:3 esse:2 essa:2 quem:3 qual:3 seu:2 sua:2 nosso:3 sem:2 entre:0.5 então:3 pois:2
    sempre:1 pouco:3 logo:1 vcs:3 pq:3 tbm:3 q:1 gente:2 aqui:2 agora:2 nenhum:3 nenhuma:3`,
  nl: `goedemorgen:3 goedenavond:3 groeten:3 mvg:3 alvast:3 verstuurd:3 opsturen:3 retour:1 terugbetaling:3
    beschadigd:3 groot:3 hoeveel:3 niets:3 niemand:3 vandaag:3 gisteren:3 week:1 dag:1 maand:3 pakketje:3
    gekocht:3 artikel:1 nummer:1 slecht:3 probleem:3 hulp:2 wachten:3 hebt:3 willen:2 moet:3 moeten:3 doen:3
    gedaan:3 deze:3 die:0.5 wie:0.5 welke:3 haar:2 ons:2 onze:3 zonder:3 over:0.5 tussen:3 want:1 altijd:3 veel:3
    weinig:3 meteen:3 snel:2 jij:3 jou:3 hun:2 wij:3 zij:2 nee:2 ja:0.5 alleen:3 toch:2 zou:3 kunt:3`,
  pl: `cześć:3 pozdrawiam:3 otrzymałem:3 otrzymałam:3 doszła:3 przyszła:3 wysłane:3 wysłałem:3 pieniądze:3
    zepsute:3 uszkodzona:3 uszkodzony:3 duży:3 mały:3 jak:2 dlaczego:3 czemu:3 ile:2 jeszcze:3 nigdy:3 nikt:3
    dzisiaj:3 dziś:3 jutro:3 wczoraj:3 tydzień:3 miesiąc:3 zamówiłam:3 kupiłem:3 kupiłam:3 dobry:1.5 problem:0.5
    pomoc:2 mają:3 może:3 muszę:3 jestem:3 był:3 była:3 zrobić:3 ta:0.5 kto:3 co:1 który:3 jego:3 jej:3 nasz:3
    bez:1.5 o:0.3 między:3 więc:3 bo:2 też:3 także:3 zawsze:3 mało:3 teraz:3 szybko:3 przez:3 jakie:3 tylko:3`,
  sv: `hallå:3 morgon:2 hälsningar:3 mvh:3 skickat:3 skickade:3 retur:1 återbetalning:3 pengar:3 skadad:3 stor:2
    hur:3 varför:3 redan:3 ingen:3 idag:3 imorgon:3 igår:3 vecka:3 månad:3 paket:1 köpte:3 produkt:0.5 artikel:1
    nummer:1 bra:3 dålig:3 problem:0.3 hjälp:3 väntar:3 måste:3 göra:3 gjort:3 denna:3 vem:3 vilken:3 hans:2
    hennes:3 vår:3 våra:3 utan:3 om:1 mellan:3 eftersom:3 alltid:3 lite:2 snabbt:3 ni:1 er:0.5 oss:3 dem:1`,
  tr: `selam:3 teşekkür:3 sağol:3 aldım:3 gönderildi:3 gönderdim:3 hasarlı:3 bozuk:3 çalışıyor:3 büyük:3
    nasıl:3 niye:3 kaç:3 zaten:3 hiç:3 hiçbir:3 bugün:3 yarın:3 dün:3 hafta:3 ay:0.5 paket:1 numara:3 kötü:3
    sorun:3 yardım:3 olabilir:3 lazım:3 sizin:3 onun:3 şu:3 kim:3 hangi:3 ile:3 fakat:3 çünkü:3 ki:1 hep:3 az:1
    şimdi:3 acil:3 rica:2 ederim:3 musunuz:3 misin:3 mısınız:3 abla:3 hocam:3`,
  cs: `děkuju:3 dekuju:3 pozdrav:2 dostal:3 odesláno:3 poslal:3 vrácení:3 poškozené:3 funguje:3 velký:3 malý:3
    proč:3 kolik:3 ještě:3 nikdy:3 nikdo:3 dnes:3 zítra:3 včera:3 týden:3 měsíc:3 zboží:3 číslo:3 problém:3
    pomoc:1 mám:3 má:1 mají:3 může:3 musím:3 byl:2 byla:2 udělat:3 tento:3 kdo:3 co:1 který:3 jeho:2 její:3
    náš:3 mezi:3 takže:3 protože:3 také:3 vždy:3 velmi:3 málo:3 teď:3 rychle:3 jsme:3 jste:3 jsou:3`,
  ro: `bună:3 primit:3 trimis:3 expediat:3 retur:1 bani:3 stricat:3 deteriorat:3 funcționează:3 mărime:3 mare:1
    cum:1.5 cât:3 deja:1 niciodată:3 nimeni:3 azi:3 astăzi:3 mâine:3 ieri:1 săptămână:3 zi:3 lună:3 colet:3
    comandă:3 cumpărat:3 produs:3 număr:3 bun:1.5 rău:3 problemă:3 ajutor:3 are:0.3 au:0.5 poate:3 trebuie:3
    sunt:2 făcut:3 acest:3 această:3 asta:3 cine:3 ce:0.5 lui:2 ei:0.5 nostru:3 fără:3 despre:3 între:3 deci:3
    că:3 mereu:3 puțin:3 repede:3 vă:3 dumneavoastră:3 nici:3`,
  vi: `chị:3 anh:2 dạ:3 vâng:3 ừ:3 shipper:1.5 nhận:3 tiền:3 trả:3 đổi:3 hỏng:3 hư:3 rách:3 đúng:3 nhỏ:3 tại:3
    nhiêu:3 đã:3 hôm:3 nay:1 mai:0.5 qua:1 ngày:3 tháng:3 gói:3 số:2 tốt:3 xấu:3 vấn:3 đề:3 chờ:3 phải:3 làm:3
    này:3 ai:0.3 gì:3 nhưng:3 vì:3 cũng:3 luôn:3 rất:3 ít:3 bây:3 nhanh:3 da:0.3 vang:1 hu:1 hong:1.5 rach:1.5
    thieu:3 dung:0.5 nho:1 tai:1 nhieu:3 van:0.3 hom:2 tuan:2 ngay:1 thang:1.5 goi:1 tot:2 xau:2 giup:2.5 cho:1
    phai:2 gi:1.5 nhung:2 cung:1 luon:2 rat:1 bay:0.3 nhanh:3 nhen:3 hen:1 ha:0.3 chi:0.5 oi:2.5 ak:2 mik:3`,
  id: `hai:0.5 sis:1.5 bang:1 mas:1.5 mbak:3 pak:1.5 bu:1 mohon:2 blm:3 sdh:3 nyampe:3 sampe:3 pecah:1 berfungsi:1
    besar:0.5 kecil:0.5 bagaimana:1 berapa:0.5 masih:1 pernah:1 tdk:3 hari:0.5 besok:3 kemarin:3 bulan:0.5
    paket:1.5 orderan:3 beli:1 nomor:3 jelek:3 masalah:0.5 bantu:1 tunggu:0.5 punya:1 ingin:1.5 harus:1.5 adalah:1
    aku:0.5 gue:3 gw:3 kamu:1 anda:1.5 dia:0.5 kami:0.5 kita:0.5 mereka:0.5 siapa:0.5 apa:0.5 dengan:0.5 karena:2
    soalnya:3 selalu:0.5 sekarang:0.5 segera:1 yah:2 saja:1 lagi:0.5 udh:3 gmn:3 knp:3 brp:3 trus:2 terus:1 gimana:3
    kok:3 kalo:2 kalau:1 gitu:3 begitu:2 banget:3 bgt:3 emang:3 memang:1 aja:3 dong:3 ya:1.5 sampai:0.5`,
  ms: `bos:1.5 abang:2 kak:1 blom:2 pulang:1 wang:3 pecah:1 besar:0.5 kecil:0.5 napa:3 masih:1 x:1 esok:3 semalam:2
    bungkusan:3 parcel:0.5 lawa:3 teruk:3 kena:2 perlu:1.5 mahu:3 awak:3 korang:3 aku:0.5 kami:0.5 kita:0.5
    siapa:0.5 apa:0.5 dengan:0.5 sebab:2 pun:1 sgt:3 gila:1 sekarang:0.5 skrg:3 segera:1 weh:3 eh:1 dgn:1.5 utk:1.5
    sy:1.5 dh:3 blh:3 nk:3 xleh:3 tlg:2 tggu:3 brg:2 lg:1 kalau:1 kalo:1 sahaja:3 saja:0.5 sampai:0.5`,
  tl: `maraming:3 pinadala:3 ipinadala:3 padala:3 balik:0.5 pera:3 basag:3 gumagana:3 malaki:3 paano:3 magkano:3
    bukas:3 kahapon:3 linggo:2 araw:3 buwan:3 bili:2 binili:3 produkto:3 numero:0.5 maganda:3 pangit:3 problema:0.5
    tulong:0.5 hintay:3 hinihintay:3 meron:3 mayroon:3 kailangan:3 ikaw:3 kami:0.5 tayo:3 iyan:3 iyon:3 sino:3
    dahil:3 sobra:2 bilis:3 pakisagot:3 nga:3 ho:2 kuya:3 ate:2 maam:2 lng:3 nlng:3 pano:3 bkt:3 sayo:3 sakin:3`,
  hi: `hain:3 hu:0.5 hoon:3 tha:2 thi:2 kuch:3 koi:3 kaise:3 kaisa:3 kyon:3 apna:3 apka:3 aapka:3 aap:3 tum:3
    mai:1 main:0.5 hum:2 bata:3 batao:3 dijiye:3 kijiye:3 karein:3 chahiye:3 pehle:3 baad:3 din:0.5 ho:0.5`,
};

/**
 * The vocabulary of the whole buyer–seller exchange in each language, beyond where-is-my-parcel: delivery and
 * couriers, customs and duties, invoices and receipts, gift wrapping, reviews and claims, product questions
 * (battery, material, sizes, compatibility, colours), praise and complaints, and each language's chat shorthand.
 * Written from the languages' ordinary usage, not from any evaluation line; loanwords every market uses stay light.
 */
const MARKET_WORDS: Record<string, string> = {
  en: `parcel:2 courier:1.5 postman:2 mailbox:2 doorstep:2 neighbour:2 neighbor:2 shipment:1.5 dispatched:2
    dispatch:1.5 shipped:1.5 moved:1.5 stuck:2 lost:1.5 customs:1 duty:1.5 duties:2 fees:1.5 fee:1 tax:1 taxes:1.5
    receipt:2 invoice:0.5 gift:1.5 wrap:1.5 wrapped:2 wrapping:2 present:0.5 birthday:2 bday:2 review:1 stars:1.5
    star:1 claim:1 report:0.5 reporting:1.5 scam:1.5 scammer:2 worst:2 best:1 ever:2 useless:2 rubbish:2 garbage:2
    returned:2 returning:2 battery:1.5 batteries:2 charger:1 cable:0.5 material:0.3 fabric:1.5 cotton:1.5
    leather:2 made:1.5 chart:1.5 usually:2 inches:2 fits:2 fitting:1.5 colour:2 blue:1.5 red:1 white:2 green:1.5
    pink:1 grey:1.5 gray:1.5 smashed:2 dented:2 scratched:2 leaking:2 empty:2 opened:2 used:1 genuine:2 authentic:1
    counterfeit:2 instructions:1.5 manual:0.5 warranty:1.5 slow:1.5 quick:1.5 happy:2 unhappy:2 disappointed:2
    pleased:2 satisfied:1 recommend:1.5 thank:2 ty:1.5 tysm:2 idk:2 btw:2 lol:1.5 omg:1.5 wtf:1.5 ur:2 r:0.3 im:1
    ive:2 youre:2 theres:2 its:1 off:1.5 pics:1.5 pictures:2 picture:1.5 photo:1 pic:1.5 come:1.5 comes:2 coming:2
    does:2 did:1.5 gonna:2 wanna:2 gotta:2 until:2 unless:2 whether:2 while:1.5 though:2 because:2 cause:1 cuz:2
    told:2 said:2 tried:2 try:1.5 cancelled:2 canceled:2 cancellation:1.5 charge:1 charged:2 fix:1.5 replace:1
    there:2 their:2 them:2 him:1.5 her:1 his:1.5 our:2 us:1 what:1.5 who:1.5 where:2 whats:2 wheres:2 hows:2`,
  de: `päckchen:3 paketdienst:3 zusteller:3 zustellung:3 briefkasten:3 nachbar:3 nachbarn:3 abgegeben:3
    unterwegs:3 verschickt:3 versandt:3 sendungsverfolgung:3 zoll:3 zollgebühren:3 gebühren:3 steuer:2 mwst:3
    ust:2 quittung:3 beleg:3 geschenk:3 verpacken:3 verpackt:3 geschenkverpackung:3 bewertung:3 sterne:3 stern:3
    beschwerde:3 betrug:3 betrüger:3 anwalt:3 reklamation:3 umtausch:3 austausch:3 austauschbar:3 erstattet:3
    akku:3 batterie:1 ladegerät:3 kabel:1.5 stoff:3 baumwolle:3 leder:2 welchem:3 welche:3 welcher:3 welches:3
    größentabelle:3 maße:3 passend:3 blau:3 rot:1.5 schwarz:3 weiß:3 weiss:3 grün:3 gruen:3 zerbrochen:3
    zerkratzt:3 kaputtgegangen:3 leer:2 geöffnet:3 gebraucht:3 echt:1.5 fälschung:3 garantie:2 anleitung:3
    schnell:3 langsam:3 zufrieden:3 toll:3 prima:1 anders:1.5 klasse:2 spitze:3 verkäufer:3 verkaeufer:3 händler:3 kunde:1
    kundenservice:3 geschrieben:3 gemeldet:3 storniert:3 stornierung:3 zurückgeben:3 zurueck:2 rueck:2
    ueber:2 groesse:3 laeuft:3 läuft:3 für:1.5 fuer:2 stimmt:3 bild:2 bilder:3 foto:0.5 nochmal:3 endlich:3
    ständig:3 bestimmt:3 vielleicht:3 natürlich:3 eigentlich:3 schade:3 ärgerlich:3 enttäuscht:3 unmöglich:3
    kommt:2 kam:2 käme:3 bekomme:3 erhalte:3 zahlen:2 bezahlen:3 bezahlt:3 teuer:3 billig:2 euch:3 ihnen:3
    uns:2 wer:1.5 wieviel:3 viele:2 etwas:3 nix:2 garnicht:3 mehr:2 weniger:3 bis:1.5 binnen:1 seit:2 zusammen:3`,
  fr: `colissimo:3 facteur:3 livreur:3 boîte:3 boite:2 voisin:3 expédié:3 expedie:2 bloqué:3 bloque:1 perdu:3
    douane:3 frais:3 taxes:1 tva:3 reçu:3 facture:2 cadeau:3 emballer:3 emballage:3 emballé:3 avis:3 étoiles:3
    etoiles:3 étoile:3 réclamation:3 reclamation:3 arnaque:3 escroc:3 avocat:3 litige:3 négatif:3 negatif:3
    échange:3 echange:2 echanger:3 rembourser:3 remboursez:3 batterie:1 chargeur:3 câble:3 matière:3 matiere:3
    tissu:3 coton:3 cuir:3 quelle:3 quel:3 quels:3 quelles:3 guide:1 tailles:3 mesures:3 bleu:3 rouge:3 noir:3
    blanc:3 vert:3 rose:0.5 cassée:3 rayé:3 abîmé:3 abime:2 vide:2 ouvert:3 utilisé:3 contrefaçon:3 notice:2
    garantie:1 rapide:2 lent:2 content:1 contente:3 déçu:3 decu:3 nickel:2 génial:3 genial:0.5 top:0.2 vendeur:3
    service:0.3 client:0.5 tu:1.5 par:2 toi:2 cliente:0.5 écrit:3 annuler:3 annulé:3 annulez:3 annulation:3 retour:2 renvoyer:3
    moins:3 beaucoup:3 peu:2 tout:2 tous:2 toute:3 rien:3 personne:1.5 jamais:3 encore:2 déjà:3 deja:0.5
    bouge:3 bouger:3 depuis:3 lundi:3 mardi:3 vendredi:3 samedi:3 dimanche:3 prévu:3 prevu:2 vais:3 va:0.5
    laisser:3 tient:3 tenir:3 temps:3 faire:3 fais:3 faites:3 etre:2 être:2 avoir:3 j'ai:3 c'est:3 n'est:3
    quand:2 combien:3 pourquoi:3 comment:1.5 où:1.5 ou:0.5 possible:0.3 bonne:2 mauvaise:3 mauvais:3 petite:3
    grande:0.5 trop:2 merci:3 mdr:3 stp:3 svp:3 pk:2 pcq:3 bcp:3 jsp:3 slt:3 cc:1 dsl:3 tjrs:3`,
  es: `paquetería:3 paqueteria:3 cartero:3 repartidor:3 buzón:3 vecino:3 enviado:1.5 atascado:3 perdido:2
    aduana:3 aduanas:3 impuestos:3 impuesto:3 iva:3 cobraron:3 cobrar:2 factura:1.5 recibo:2 regalo:3 envolver:3
    envuelto:3 reseña:3 reseñas:3 opinión:3 estrella:3 estrellas:3 queja:3 reclamo:3 reclamación:3 estafa:3
    estafador:3 abogado:3 negativa:2 devolución:3 devolucion:3 devolver:1 devuelven:3 reembolsar:3 batería:3
    bateria:1.5 cargador:2 cable:0.3 material:0.3 tela:1 algodón:3 algodon:3 cuero:3 tabla:1.5 tallas:3 medidas:1
    azul:2 rojo:3 negro:3 blanco:3 verde:1 rosa:0.5 roto:2 rota:3 rayado:3 vacío:3 vacia:3 abierto:3 usado:2
    falso:2 garantía:3 instrucciones:3 rápido:2 rapido:1.5 lento:2 contento:2 contenta:3 decepcionado:3
    perfecto:2 genial:0.5 vendedor:3 tienda:3 escribí:3 escrito:2 cancelar:3 cancelado:3 cancelación:3
    responden:3 responder:3 respuesta:3 contestan:3 pongo:3 poner:3 dejar:3 voy:3 vas:3 va:0.5 vamos:3
    dura:1 cuánto:3 cuanto:1.5 tiempo:3 llegó:3 llega:3 llegar:3 equivocada:3 equivocado:3 incorrecto:3
    espero:1 esperar:3 semanas:2 lunes:3 martes:3 viernes:3 sábado:3 domingo:3 otro:2 otra:2 mismo:3 misma:3
    ningún:3 ninguna:3 ninguno:3 algo:3 alguien:3 aquí:3 aqui:2 allí:3 todos:2 todas:3 poco:1 menos:2 bien:0.5
    xq:3 pq:1 porq:3 tmb:3 q:0.5 k:0.3 xfa:3 xfavor:3 plis:2 grax:3 ok:0.2 oiga:3 amigo:2 ud:3 uds:3 del:1.5`,
  it: `corriere:3 postino:3 cassetta:3 vicino:2 spedito:3 bloccato:3 fermo:2 perso:3 dogana:3 tasse:3 dazi:3
    iva:1.5 ricevuta:3 scontrino:3 fattura:3 regalo:1 confezione:3 impacchettare:3 recensione:3 recensioni:3
    stelle:3 stella:3 reclamo:2 contestazione:3 truffa:3 truffatore:3 avvocato:3 negativa:1 reso:3 rimborsare:3
    rimborsato:3 batteria:3 caricatore:3 cavo:3 materiale:3 tessuto:3 cotone:3 pelle:2 tabella:3 taglie:3 misure:3
    blu:3 rosso:3 nero:3 bianco:3 verde:1 rosa:0.5 rotta:3 graffiato:3 vuoto:3 aperto:3 usato:3 falso:1
    garanzia:3 istruzioni:3 veloce:3 lento:1.5 contento:2 soddisfatto:3 deluso:3 ottimo:3 ottima:3 bellissimo:3
    venditore:3 negozio:3 scritto:3 annullare:3 annullato:3 cancellare:3 rispondete:3 rispondere:3 risposta:3
    lascio:3 lasciare:3 apro:3 aprire:3 fatto:2 fare:2 faccio:3 fate:3 serve:1.5 servono:3 dura:1 tempo:1
    diverso:3 diversa:3 sbagliata:3 sbagliato:3 aspettare:3 lunedì:3 venerdì:3 sabato:3 domenica:3 altro:3
    altra:3 stesso:3 nessun:3 nessuna:3 qualcosa:3 qualcuno:3 qui:3 qua:3 tutti:3 meno:3 bene:2 male:1 nn:3
    cmq:3 xk:3 xché:3 grz:3 tvb:2 ke:0.5 sn:2 dov'è:3 c'è:3 l'ordine:3 com'è:3 purtroppo:3 prima:1.5 pezzi:3 pacchi:3`,
  pt: `transportadora:3 carteiro:3 correios:3 vizinho:3 enviado:1.5 parado:3 perdido:1.5 extraviado:3 alfândega:3
    alfandega:3 taxa:3 taxas:3 imposto:3 importação:3 importacao:3 cobrado:3 cobraram:3 nota:1.5 recibo:1
    presente:1 embrulhar:3 embalar:3 embrulho:3 avaliação:3 avaliacao:3 estrela:2 estrelas:2 reclamação:3
    reclamacao:3 golpe:3 golpista:3 advogado:3 procon:3 devolução:3 devolucao:3 reembolsar:3 estornar:3 bateria:1.5
    carregador:3 cabo:1 material:0.3 tecido:3 algodão:3 algodao:3 couro:3 tabela:3 medidas:1.5 tamanhos:3 azul:2
    vermelho:3 preto:3 branco:3 verde:1 rosa:0.5 quebrada:3 riscado:3 vazio:3 vazia:3 aberto:2 usado:1.5 falso:1
    garantia:1 instruções:3 rápido:1.5 rapido:1 demorado:3 demora:2 satisfeito:3 satisfeita:3 decepcionado:2
    amei:3 adorei:3 gostei:3 perfeito:3 lindo:3 linda:3 vendedor:2 loja:3 escrevi:3 cancelar:2 cancelado:2
    cancelamento:3 respondem:3 responder:2 resposta:2 resolver:2 abrir:2 vou:3 vai:2 vamos:2 dura:1 tempo:1
    quanto:1 diferente:1 errada:3 errado:3 esperar:2 segunda:1 sexta:3 sábado:1 domingo:1 outro:3 outra:2
    mesmo:3 mesma:3 nenhum:3 algum:3 alguém:3 alguem:3 aqui:2 todos:1 menos:1 bem:3 mal:1 cadê:3 tô:3 tá:3 ta:1
    vc:3 vcs:3 pq:2 tb:3 tbm:3 mt:3 mto:3 obg:3 blz:3 kd:3 qdo:3 nao:2 não:3 faço:3 faco:2 fazer:3 até:2 ate:1
    ficou:3 chegou:3 chega:3 chegar:3 veio:3 faltou:3 faltando:3 serve:1 encomenda:3`,
  nl: `pakketje:3 bezorger:3 postbode:3 brievenbus:3 buren:3 buurman:3 verstuurd:3 verzonden:3 vast:2 kwijt:3
    douane:2 invoerrechten:3 inklaringskosten:3 kosten:2 belasting:3 btw:3 bon:1 bonnetje:3 kassabon:3 factuur:3
    cadeau:1 inpakken:3 ingepakt:3 cadeaupapier:3 beoordeling:3 recensie:3 sterren:3 ster:2 klacht:3 oplichter:3
    oplichting:3 advocaat:3 negatieve:3 retourneren:3 terugsturen:3 terugbetalen:3 batterij:3 accu:2 oplader:3
    kabel:1 materiaal:3 stof:1 katoen:3 leer:1 maattabel:3 maten:3 blauw:3 rood:3 zwart:3 wit:2 groen:3 roze:3
    gebroken:3 gekrast:3 leeg:3 geopend:3 gebruikt:3 echt:1.5 nep:3 garantie:1 handleiding:3 snel:2 langzaam:3
    tevreden:3 teleurgesteld:3 top:0.2 prima:1 super:0.2 geweldig:3 mooi:3 verkoper:3 winkel:3 klantenservice:3
    geschreven:3 annuleren:3 geannuleerd:3 reageert:3 reageren:3 antwoord:3 opgelost:3 oplossen:3 geef:3 geven:3
    gaat:3 ga:1 gaan:3 mee:3 lang:1 hoelang:3 klopt:3 kloppen:3 anders:1 verkeerd:3 verkeerde:3 wachten:3
    maandag:3 vrijdag:3 zaterdag:3 zondag:3 andere:1.5 zelfde:3 geen:3 iets:3 iemand:3 hier:1 allemaal:3
    minder:3 goed:3 slecht:3 ff:3 idd:3 wrm:3 mss:3  ni:0.3 jullie:3 julie:1 welk:3 welke:3 dit:2 dat:1
    past:1 passen:3 ontbreekt:3 mist:2 ontvangen:3 binnen:2 gekregen:3 besteld:3 bestelling:2.5 helaas:3`,
  pl: `kurier:3 listonosz:3 paczkomat:3 skrzynka:3 sąsiad:3 wysłana:3 wysłane:3 utknęła:3 zgubiona:3 zaginęła:3
    cło:3 clo:2 opłata:3 oplata:2 opłaty:3 podatek:3 vat:0.5 paragon:3 rachunek:3 faktura:1 fakturę:3 fakture:3
    prezent:3 zapakować:3 zapakowac:3 opinia:3 opinię:3 komentarz:3 gwiazdka:3 gwiazdki:3 reklamacja:3
    reklamację:3 reklamacje:3 oszustwo:3 oszust:3 prawnik:3 negatywny:3 negatywna:3 zwrot:3 zwrócić:3 zwrocic:3
    wymiana:3 wymianę:3 bateria:1.5 ładowarka:3 ladowarka:3 kabel:1 materiał:3 materiału:3 materialu:3 tkanina:3
    bawełna:3 skóra:3 tabela:1.5 rozmiarów:3 rozmiarow:3 rozmiar:2 wymiary:3 niebieski:3 czerwony:3 czarny:3
    biały:3 zielony:3 różowy:3 uszkodzony:3 uszkodzona:3 uszkodzone:3 porysowany:3 pusta:3 puste:3 otwarte:3
    używany:3 podróbka:3 gwarancja:3 instrukcja:3 szybko:3 wolno:3 zadowolony:3 zadowolona:3 rozczarowany:3
    polecam:3 super:0.3 świetny:3 sprzedawca:3 sklep:3 pisałem:3 pisałam:3 anulować:3 anulowac:3 anulowane:3
    odpowiedź:3 odpowiedz:2 odpowiada:3 wystawię:3 wystawie:2 trzyma:3 czas:3 długo:3 dlugo:2 inny:3 inna:3
    inne:2 zły:3 zla:1 zły:3 czekać:3 czekac:3 poniedziałek:3 piątek:3 sobota:2 niedziela:3 taki:3 taka:3
    takie:3 żaden:3 coś:3 cos:1.5 ktoś:3 ktos:2 tutaj:3 wszyscy:3 mniej:3 dobrze:3 źle:3 zle:2 pzdr:3 dzk:3
    dzieki:3 pls:1 prosze:3 proszę:3 zamówienia:3 zamowienia:3 przesyłka:3 przesylka:3 przesyłki:3 przesylki:3
    dostałem:3 dostalem:3 dostałam:3 dostalam:3 nie:2 jeszcze:3 jednej:3 jeden:1 jedna:3 pasuje:3 zgłaszam:3
    zglaszam:3 zgłosić:3 zglosic:3 będzie:3 bedzie:3 można:3 mozna:3 jak:2 jaki:3 jakiego:3 jaka:3 jakie:3`,
  sv: `budet:3 brevbärare:3 postnord:3 brevlåda:3 granne:3 skickad:3 skickades:3 fast:1 borta:3 försvunnen:3
    tull:3 tullen:3 avgift:3 avgifter:3 skatt:3 moms:3 kvitto:3 faktura:1 present:1 presentinslagen:3 slå:3 in:0.3
    omdöme:3 recension:3 stjärnor:3 stjärna:3 klagomål:3 anmäler:3 anmäla:3 bedrägeri:3 bluff:3 advokat:3
    negativ:1 returnera:3 retur:1 återbetalning:3 byte:3 batteri:3 batteriet:3 laddare:3 sladd:3 kabel:1
    material:0.3 tyg:3 bomull:3 läder:3 storleksguide:3 storlekar:3 mått:3 blå:3 röd:3 svart:3 vit:3 grön:3
    rosa:0.5 trasig:3 trasigt:3 repig:3 tom:1 tomt:3 öppnad:3 använd:3 förfalskning:3 garanti:3 bruksanvisning:3
    snabbt:3 långsamt:3 nöjd:3 supernöjd:3 besviken:3 toppen:3 bäst:3 säljare:3 säljaren:3 butik:3 skrivit:3
    avbryt:3 avbryta:3 avbeställa:3 svar:3 svara:3 svarar:3 får:3 far:0.3 håller:3 länge:3 lange:1 tid:3 hur:3
    annan:3 annat:3 fel:2 vänta:3 väntar:3 måndag:3 fredag:3 lördag:3 söndag:3 samma:3 ingen:3 inget:3 något:3
    nagot:3 någon:3 nagon:2 här:3 alla:1 mindre:3 bra:3 bild:2 bilden:3 dåligt:3 dalig:2 dålig:3 tack:3 tackar:3 mvh:3 pga:3
    asså:3 typ:1 inte:3 aldrig:3 mer:2 ska:3 skulle:3 kunde:3 blir:3 blev:3 betala:3 betalat:3 pengarna:3
    passar:3 passa:3 vilket:3 vilken:3 vilka:3 finns:3 saknas:3 fortfarande:3 kommit:3 fått:3 fatt:2`,
  tr: `kargocu:3 kurye:3 komşu:3 kargoda:3 kargodan:3 gönderildi:3 takılı:3 kaybolmuş:3 kayboldu:3 gümrük:3
    gumruk:3 vergisi:3 vergi:3 ücret:3 ucret:3 fatura:1.5 fiş:3 hediye:3 paketi:3 paketle:3 yorum:3 değerlendirme:3
    yıldız:3 yildiz:3 şikayet:3 sikayet:3 dolandırıcı:3 avukat:3 olumsuz:3 iade:3 değişim:3 degisim:3 pil:2
    batarya:3 şarj:3 kablo:3 malzeme:3 kumaş:3 kumasi:3 kumaşı:3 pamuk:3 deri:3 beden:3 tablosu:3 ölçü:3 mavi:3
    kırmızı:3 siyah:3 beyaz:3 yeşil:3 pembe:3 kırık:3 kirik:3 çizik:3 boş:3  açılmış:3 kullanılmış:3
    sahte:3 garanti:3 kılavuz:3 hızlı:3 hizli:3 yavaş:3 memnun:3 beğendim:3 begendim:3 harika:3 süper:3 berbat:3
    rezalet:3 satıcı:3 satici:3 mağaza:3 yazdım:3 yazdim:3 iptal:3 cevap:3 yanıt:3 dönüş:3 edeceğim:3 edecegim:3
    dayanıyor:3 dayaniyor:3 kadar:3 zaman:3 farklı:3 farkli:3 yanlış:3 bekle:3 bekliyorum:3 pazartesi:3 cuma:1
    cumartesi:3 pazar:3 başka:3 baska:3 aynı:3 ayni:3 hiç:3 hic:2 bir:2 şey:3 sey:2 biri:3 burada:3 herkes:3
    daha:3 az:1 iyi:3 kötü:3 kotu:3 tşk:3 tsk:3 slm:3 nbr:3 hizmet:3 hizmeti:3 ederim:3 edin:3 misiniz:3
    mısınız:3 musunuz:3 müsünüz:3 mi:0.5 mı:3 mu:1 mü:3 nerede:3 nasıl:3 nasil:3 neden:3 niye:3 geldi:3 gelmedi:3
    gelecek:3 eksik:3 parçası:3 parcasi:3 uyar:3 uyumlu:3 renk:3 rengi:3 beden:3`,
  cs: `kurýr:3 kuryr:2 pošta:3 posta:1 zásilkovna:3 schránka:3 soused:3 odesláno:3 odeslaný:3 zaseknutá:3
    ztracená:3 ztratil:3 clo:3 poplatek:3 poplatky:3 daň:3 dph:3 účtenka:3 uctenka:3 faktura:1 fakturu:3 dárek:3
    darek:3 zabalit:3 zabalený:3 hodnocení:3 hodnoceni:3 recenze:3 hvězdičky:3 hvězdička:3 stížnost:3
    reklamace:3 reklamaci:3 podvod:3 podvodník:3 právník:3 negativní:3 negativni:3 vrácení:3 vraceni:3 vrátit:3
    vratim:3 vrátím:3 výměna:3 baterie:3 nabíječka:3 nabijecka:3 kabel:1 materiál:3 materialu:3 materiálu:3
    látka:3 bavlna:3 kůže:3 tabulka:3 tabulku:3 velikostí:3 velikosti:3 rozměry:3 modrá:3 červená:3 černá:3
    bílá:3 zelená:3 růžová:3 rozbitý:3 rozbité:3 rozbite:3 poškrábaný:3 prázdný:3 otevřený:3 použitý:3 padělek:3
    záruka:3 návod:3 rychle:3 pomalu:3 spokojený:3 spokojena:3 zklamaný:3 doporučuji:3 super:0.2 skvělé:3
    prodejce:3 obchod:3 psal:3 psala:3 zrušit:3 zrusit:3 zrušte:3 zruste:3 odpověď:3 odpoved:3 odpovídá:3 dám:3
    dam:0.5 vydrží:3 vydrzi:3 dlouho:3 čas:3 jiná:3 jiný:3 jine:2 špatná:3 spatna:2 čekat:3 pondělí:3 pátek:3
    sobota:2 neděle:3 stejný:3 žádný:3 zadny:2 něco:3 neco:3 někdo:3 nekdo:3 tady:3 všichni:3 méně:3 dobře:3
    dobre:1 špatně:3 spatne:3 dik:3 dík:3 díky:3 pls:1 prosím:3 prosim:3 budu:3 bude:3 platit:3 zaplatit:3
    zaplatil:3 nesedí:3 nesedi:3 sedí:3 hodí:3 hodi:2 přišlo:3 prislo:2 neprislo:3 nepřišlo:3 pořád:3 porad:1
    chybí:3 chybi:3 díl:3 dil:1 máte:3 mate:1 jakého:3 jakeho:3 jaký:3 jaky:2 jak:1.5 můžete:3 muzete:3`,
  ro: `curier:3 curierul:3 poștaș:3 postas:3 cutia:3 vecin:3 expediat:3 blocat:3 pierdut:3 vamă:3 vama:3 taxă:3
    taxa:1 taxe:2 tva:1 bon:1 chitanță:3 chitanta:3 factură:3 factura:1 cadou:3 ambalați:3 ambalati:3 ambalat:3
    recenzie:3 recenzia:3 stele:3 stea:3 reclamație:3 reclamatie:3 plângere:3 plangere:3 țeapă:3 teapa:3 avocat:1
    negativă:3 negativa:1 retur:1 returnare:3 rambursare:3 schimb:3 bateria:1.5 încărcător:3 incarcator:3 cablu:3
    material:0.3 materialul:3 țesătură:3 bumbac:3 piele:3 tabel:3 mărimi:3 marimi:3 mărime:3 marime:3 albastru:3
    roșu:3 rosu:3 negru:3 alb:3 verde:1 roz:3 spart:3 spartă:3 sparta:3 zgâriat:3 gol:1 deschis:3 folosit:3 fals:3
    garanție:3 garantie:2 instrucțiuni:3 rapid:1 încet:3 incet:3 mulțumit:3 multumit:3 dezamăgit:3 recomand:3
    super:0.2 vânzător:3 vanzator:3 magazin:3 scris:3 anulați:3 anulati:3 anulez:3 anulare:3 răspuns:3 raspuns:3
    răspundeți:3 raspundeti:3  ține:3 tine:1 cât:3 cat:0.5 timp:3 altul:3 alta:0.5 greșit:3 gresit:3
    greșită:3 gresita:3 aștept:3 luni:3 vineri:3 sâmbătă:3 duminică:3 același:3 aceeasi:3 niciun:3 nicio:3
    ceva:3 cineva:3 aici:3 toți:3 toti:3 mai:1 puțin:3 bine:1.5 prost:3 proaste:3 proastă:3 mersi:3 mrs:3 pls:1
    vă:3 va:0.3 rog:3 aveți:3 aveti:3 nevoie:3 trebuie:3 plătesc:3 platesc:3 potrivește:3 potriveste:3 poză:3
    poza:3 culoarea:3 lipsește:3 lipseste:3 piesă:3 nici:3 acum:3 ajuns:3 venit:3 înapoi:3 inapoi:3 să:3`,
  vi: `shipper:1.5 giao:3 vận:3 chuyển:3 hàng:3 hải:3 quan:2 phí:3 phi:1 thuế:3 thue:2 hóa:3 hoá:3 đơn:3 biên:3
    lai:1 quà:3 qua:1 gói:3 đánh:3 giá:2 gia:0.5 sao:2 khiếu:3 nại:3 lừa:3 đảo:3 lua:1 dao:0.3 báo:3 cáo:3
    hoàn:3 hoan:1.5 trả:3 tra:1 đổi:3 doi:1.5 pin:1 sạc:3 sac:1 dây:3 chất:3 liệu:3  lieu:2 vải:3 
    cotton:0.3 da:0.3 bảng:3 bang:1 màu:3 xanh:3 đỏ:3 đen:3 trắng:3 hồng:3 vỡ:3 hỏng:3 trầy:3 xước:3 rỗng:3 mở:3
    cũ:3 giả:3 bảo:3 hành:3 hướng:3 dẫn:3 nhanh:3 chậm:3 cham:2 hài:3 lòng:3 thất:3 vọng:3 tuyệt:3 vời:3
    shop:1 cửa:3 hàng:3 viết:3 hủy:3 trả:3 lời:3 tra:1 dùng:3 dung:0.5 được:3 duoc:2.5 bao:2 lâu:3 khác:3
    khac:2 trong:2 hình:3 hinh:2 ảnh:3 anh:2 sai:1.5 chờ:3 cho:2 thứ:3 hai:0.5 chủ:3 nhật:3 cùng:3 không:3
    khong:3 ko:2  k:1 gì:3 gi:1.5 ai:0.3 đây:3  tất:3 cả:3 ít:3 tốt:3 tot:2 tệ:3  nhé:3 nhe:2
    nha:2.5 ạ:3  ơi:3 oi:2.5 thế:3  nào:3 nao:2 như:3 nhu:1 vậy:3 vay:2 em:2 mình:3 tôi:3 toi:2
    cảm:3 ơn:3 camon:3 cám:3 thanks:0.3 lắm:3 qá:3 quá:3 qua:1 rồi:3 roi:2.5 chưa:3 chua:2.5 đâu:3 dau:1 món:3
    mon:1 thiếu:3 thieu:3 một:3 mot:2 cái:3 cai:1 chiếc:3 chiec:3 hàng:3 hang:2 nhận:3 nhan:2 đc:3 dc:3 `,
  id: `kurir:3 ekspedisi:3 jne:3 jnt:3 sicepat:3 ongkir:3 paket:1.5 paketnya:3 dikirim:3 nyangkut:3 hilang:1.5
    bea:3 cukai:1 pajak:3 faktur:3 nota:1.5 kwitansi:3 struk:3 kado:3 dibungkus:3 bungkus:1 bubble:1 wrap:0.3
    ulasan:3 bintang:1.5 komplain:3 penipu:3 nipu:3 lapor:2 laporkan:3 pengembalian:3 balikin:3 baterai:3
    baterainya:3 charger:0.2 kabel:1 bahan:1 bahannya:3 katun:3 kulit:1 tabel:3 ukuran:3 ukurannya:3 biru:1
    merah:1 hitam:1 putih:1 hijau:1 pink:0.2 rusak:3 pecah:1 lecet:3 kosong:1 dibuka:2 bekas:2 palsu:1
    garansi:3 petunjuk:1 cepet:3 lambat:1 lelet:3 puas:1.5 kecewa:2 mantap:3 mantul:3 keren:3 bagus:3 penjual:1
    toko:3 tokonya:3 dibalas:3 balas:1 bales:3 batal:1.5 dibatalkan:3 jawab:1 dijawab:3 tahan:1 berapa:0.5
    lama:1 beda:2 salah:0.5 nunggu:3 menunggu:2 senin:3 jumat:3 sabtu:3 minggu:1 lain:0.5 sama:1 gak:3 ga:2
    nggak:3 enggak:3 engga:3 tdk:3 sesuatu:1 seseorang:1 sini:1 semua:1 kurang:0.5 baik:1 jelek:3 buruk:1.5
    makasih:3 thx:0.3 trims:3 mksh:3 kak:3 gan:3 min:1 sis:1.5 dong:3 deh:3 sih:3 nih:3 tuh:3 kok:3 ya:1.5
    yah:2 aja:3 banget:3 bgt:3 udah:3 udh:3 sdh:3 belom:3 blm:3 sampe:3 nyampe:3 gimana:3 gmn:3 kenapa:2.5
    knp:3 kalau:1 kalo:2 gitu:3 cocok:3 hp:2.5 pelayanan:3 diterima:1.5 retur:2.5 resi:3 kemarin:3 cara:0.5
    harganya:1 cuma:2 sangat:1 harga:0.5 gambar:1 guna:0.5 bekas:1 gratis:0.5 mobil:2 uang:3 ini:1 itu:1 tidak:2.5`,
  ms: `kurier:1 poslaju:3 posmalaysia:3 pos:2 parcel:0.5 bungkusan:3 dihantar:3 hantar:3 sangkut:3 hilang:1.5
    kastam:3 cukai:2 sst:3 resit:3 invois:3 hadiah:1.5 balut:3 bungkus:1 ulasan:1.5 bintang:1.5 aduan:3 adu:1
    penipu:1.5 tipu:3 report:0.2 repot:1.5 pulangkan:3 pulang:1 pemulangan:3 bateri:3 pengecas:3 cas:1.5 wayar:3
    kain:3 bahan:1 kapas:3 kulit:1 carta:3 saiz:3 ukuran:0.5 biru:1 merah:1 hitam:1 putih:1 hijau:1 rosak:3
    pecah:1 calar:3 kosong:1 dibuka:2 terpakai:3 palsu:1 waranti:3 jaminan:1 cepat:1 laju:3 lambat:2.5 lembab:3
    puas:1.5 kecewa:2 best:1 harganya:1 bekas:1 pula:1 cantik:2.5 lawa:3 penjual:1 kedai:3 balas:1 batal:1.5 dibatalkan:3
    jawab:1 tahan:1 berapa:0.5 lama:1 beza:3 lain:1 salah:0.5 tunggu:1.5 isnin:3 jumaat:3 sabtu:1 ahad:3
    sama:1 tak:3 tidak:1 x:1 takde:3 tiada:3 xde:3 sesuatu:1 sini:1 semua:1 kurang:0.5 baik:1 teruk:3 buruk:1
    terima:0.5 kasih:0.5 tq:3 tqvm:3 tenkiu:3 bos:1.5 boss:1.5 encik:3 cik:2 akak:3 abang:2 adik:1 la:1 lah:2 je:2
    jer:3 kot:2 ke:1.5 ni:3 tu:1 dah:3 dh:3 belum:1 blum:2 sampai:0.5 camne:3 macam:3 mcm:3 mana:0.5 kenapa:2
    asal:1 sebab:2 nak:3 nk:3 mahu:3 boleh:3 blh:3 guna:2 gunakan:3 gambar:1.5 langsung:2 sangat:1.5 sgt:3
    bagi:2 beri:1.5 harga:0.5 percuma:3 kereta:3 duit:3 wang:3 telefon:2 awak:3 korang:3 saya:1 kami:0.5`,
  tl: `rider:1 courier:0.5 lbc:3 jnt:1 padala:3 pinadala:3 naipadala:3 naipit:3 nawala:3 customs:0.3 buwis:3
    bayaran:3 babayaran:3 singil:3 resibo:3 regalo:3 balot:3 ibalot:3 review:0.2 bituin:3 reklamo:3 manloloko:3
    scammer:0.5 ireport:3 isauli:3 ibalik:3 ibabalik:3 battery:0.3 tela:1 katad:3 sukat:3 kulay:3 asul:3 pula:1
    itim:3 puti:3 berde:3 sira:2.5 basag:3 gasgas:3 walang:3 laman:3 bukas:1 gamit:3 peke:3 mabilis:3 mabagal:3
    bagal:3 masaya:3 nadismaya:3 ganda:3 maganda:3 salamat:3 seller:0.2 tindahan:3 sagot:3 sumagot:3 sinagot:3
    sasagot:3 icancel:3 kanselahin:3 tatagal:3 gaano:3 katagal:3 matagal:3 oras:3 iba:2 mali:2 hintay:3
    naghihintay:3  biyernes:3  linggo:2 pareho:3 wala:3 mayroon:3 meron:3 may:1 lahat:3 kaunti:3
    mabuti:3 pangit:3 kasya:3 kakasya:3 po:3 opo:3 ho:2 yung:3 ung:2 un:0.5 nung:3 nyo:3 niyo:3 nio:3 pag:2 kapag:3
    pagka:3 sana:2 talaga:3 naman:3 lang:2 lng:3 din:2 rin:3 pa:1.5 na:1.5 ba:2.5 ano:2.5 anong:3 ilang:3 ito:2.5
    iyan:3 yan:2 yun:3 dito:3 kayo:3 ko:2 ako:3 namin:3 natin:3 tayo:3 sayo:3 sakin:3 akin:3 kanila:3 pwede:3
    puwede:3 pede:3 paki:3 pakisagot:3 humingi:3 hingi:3 pahingi:3 dumating:3 dumarating:3 nasaan:3 nasan:3
    kulang:2 isa:2 dalawa:3 ilan:3 bakit:3 paano:3 pano:3 kelan:3 kailan:3 grabe:3 sobrang:3 ang:3 ng:3 mga:3`,
  hi: `mera:3 meri:3 mere:3 mujhe:3 humko:3 hume:3 apko:3 aapko:3 aap:3 tum:3 tumhara:3 kab:3 kaha:3 kahan:3
    kidhar:3 kyu:3 kyun:3 kyon:3 kaise:3 kitna:3 kitne:3 kitni:3 aayega:3 ayega:3 aaega:3 pahunchega:3 mila:3
    nahi:3 nahin:3 nai:1.5 mat:1 paise:3 paisa:3 wapas:3 vapas:3 wapis:3 lautao:3 karo:3 karna:3 karke:3 kardo:3
    kar:1.5 dijiye:3 kijiye:3 chahiye:3 hai:3 hain:3 tha:2 thi:2 hoga:3 hogi:3 raha:3 rahi:3 rahe:3 gaya:3
    gayi:3 gya:3 gyi:3 diya:3 kiya:3 toota:3 tuta:3 tuti:3 kharab:3 galat:3 sahi:3 accha:3 acha:3 achha:3 bekar:3
    bakwas:3 dhanyavad:3 shukriya:3 bhai:3 bhaiya:3 yaar:3 ji:1.5 sir:0.3 jaldi:3 abhi:3 tak:0.5 bhi:3 aur:3
    lekin:3 par:0.5 pe:1 mein:1 ka:0.5 ki:1 ke:0.3 ko:0.5 se:0.3 ye:1.5 yeh:3 wo:0.5 woh:3 kya:3 koi:3 kuch:3 bahut:3
    bohot:3 bhot:3 shikayat:3  rang:1 saamaan:3 saman:3 samaan:3 bhejo:3 bheja:3 bhejna:3`,
};

/**
 * Numbers and counting ("ordered two, got one", "charged twice"), free/paid shipping, and the small words of each
 * language a short message hangs on (Romanian din/cu/pe, Polish razy, Czech zdarma…), listed for every language
 * alike so no language is favoured by being listed more fully.
 */
const SMALL_WORDS: Record<string, string> = {
  en: `two:2 three:2 four:2 twice:2 times:1.5 once:1.5 free:1 postage:2 nobody:2 someone:2 somebody:2 every:1.5 thnx:1 tnx:1 thanx:2 ty:1.5 plz:2`,
  de: `zwei:2 drei:3 vier:3 zweimal:3 mal:1 einmal:3 doppelt:3 kostenlos:3 gratis:0.5 versandkosten:3 niemand:1.5
    jemand:3 jeder:3 jede:3 alle:1.5 nochmal:3 lg:1.5 vg:1.5 dankeschön:3 dankeschoen:3 tschüss:3 tschau:1`,
  fr: `deux:3 trois:3 quatre:3 fois:3 gratuit:3 gratuite:3 livraison:3 port:0.5 quelqu'un:3 chaque:3 bjr:3 bsr:3 cdt:3 coucou:3 mrc:3 bisous:3`,
  es: `dos:2 tres:2 cuatro:3 veces:3 vez:3 gratis:0.5 gratuito:3 envío:3 nadie:3 cada:1 ninguno:3 grcs:3 ntp:2 slds:3 tqm:2`,
  it: `due:2 tre:2 quattro:3 volte:3 volta:3 gratis:0.5 gratuita:3 spedizione:3 nessuno:3 ogni:3 qualcuno:3 tnx:0.5 bn:1`,
  pt: `dois:3 duas:3 três:3 tres:0.5 quatro:3 vezes:3 vez:1.5 grátis:3 gratis:0.5 frete:3 ninguém:3 cada:1 todo:0.5 td:3 tds:3 flw:3 bjs:3 obgd:3 obgda:3`,
  nl: `twee:3 drie:3 vier:2 keer:3 gratis:0.5 verzending:3 verzendkosten:3 niemand:2 iemand:3 elke:3 dankjewel:3 dankuwel:3 groetjes:3 doei:3 thnx:0.5`,
  pl: `dwa:3 dwie:3 trzy:3 cztery:3 razy:3 raz:1.5 darmowa:3 darmowy:3 gratis:0.5 dostawa:3 wysyłka:3 nikt:3
    każdy:3 płatność:3 zapłaciłem:3 spk:3 git:1.5 nara:2`,
  sv: `två:3 tre:2 fyra:3 gånger:3 gång:3 gratis:0.5 frakt:3 fraktfritt:3 ingen:3 någon:3 varje:3 tjo:2 schysst:3 hejsan:3 tjena:3`,
  tr: `iki:3 üç:3 dört:3 kez:3 kere:3 defa:3 ücretsiz:3 bedava:3 kargo:3 kimse:3 herkes:3 her:1 eyv:3 eyvallah:3 mrb:3 kolay:2 gelsin:3 su:1`,
  cs: `dva:3 dvě:3 tři:3 čtyři:3 krát:3 dvakrát:3 zdarma:3 doprava:3 dopravné:3 poštovné:3 nikdo:3 každý:3 cau:3 čau:3 dekuju:3 děkuju:3`,
  ro: `doi:3 două:3 doua:1 trei:3 patru:3 ori:2 gratuit:2 gratis:0.5 livrare:3 transport:0.5 nimeni:3 fiecare:3
    din:2 cu:1.5 pe:1.5 ce:1 cum:1.5 așa:3 asa:2 iar:2 după:3 dupa:2 până:3 pana:1.5 decât:3 doar:3 sunt:2 mulțam:3 multam:3 sal:2 pt:0.5`,
  vi: `hai:0.5 ba:0.5 bốn:3 lần:3 lan:0.5 miễn:3 phí:3 free:0.3 ship:0.5 không:3 ai:0.3 mỗi:3`,
  id: `dua:0.5 tiga:0.5 empat:0.5 kali:0.5 gratis:0.5 ongkir:3 saldo:1 dipotong:1.5
    nggak:3 siapa:0.5 setiap:0.5 tiap:1 mks:3 mksh:3 trims:3 thx:0.3 kualitas:3 kuantitas:3 taksi:3 persen:3 celana:3 sepatu:3 tas:2 kardus:3 stiker:3 pengiriman:2 pembayaran:1 merek:3 kaos:3 jaket:1.5 pakai:2 dipakai:3 colokan:3`,
  ms: `dua:0.5 tiga:0.5 empat:0.5 kali:0.5 percuma:3 pos:2 siapa:0.5 setiap:0.5 tiap:1 dipotong:1.5 ditolak:1 tkasih:3 trima:2 tenkiu:3 kualiti:3 kuantiti:3 teksi:3 peratus:3 seluar:3 kasut:3 beg:2 kotak:1 pelekat:3 penghantaran:3 pembayaran:1 jenama:3 baju:1 jaket:1 pakai:1 plag:3 soket:3`,
  tl: `dalawa:3 tatlo:3 apat:3 beses:3 libre:3 libreng:3 shipping:0.2 walang:3 bawat:3 kahit:3 slmt:3 tnx:0.5 thnks:0.5 tnx:0.5`,
  hi: `do:0.3 teen:1 char:1 baar:3 bar:0.5 free:0.3 delivery:0.2 koi:3 har:1 dhanyawad:3 dhanyavaad:3`,
};

/**
 * Each language's most frequent function words (pronouns, auxiliaries, conjunctions, time adverbs) that the lists
 * above left out. Words several languages write (`te`, `mi`, `era`, `son`) are listed light for each of them.
 */
const FUNCTION_WORDS: Record<string, string> = {
  cs: `ve:1 ze:0.5 si:0.5 mi:0.3 mě:3 mně:3 ti:0.3 tě:3 ho:0.5 mu:0.5 jí:3 jsi:3 bych:3 by:0.5 ten:0.5 tu:0.3 ty:0.5
    toto:3 tohle:3 která:3 které:3 hned:3 potom:3 pak:3 tak:0.5 jen:3 jenom:3 když:3 kdyz:3 kdyby:3 aby:2 že:2
    ani:1 hodně:3 hodne:3 jsem:3`,
  pl: `mnie:3 cię:3 cie:1 go:0.3 jesteś:3 jestes:3 jesteśmy:3 bym:3 tę:3 te:0.3 która:3 ktora:3 które:3 ktore:3
    zaraz:3 potem:3 gdyby:3 żeby:3 zeby:3 macie:3 możecie:3 mozecie:3 dużo:3 duzo:3 ma:0.3 we:0.3 ona:3 ani:1`,
  ro: `eu:2 el:0.3 ea:2 noi:2 voi:2 ele:1 îmi:3 imi:2 mă:3 ma:0.3 îți:3 iti:2 ai:0.3 avem:3 ești:3 esti:3 suntem:3
    sunteți:3 sunteti:3 era:0.3 fost:3 vor:2 aș:3 ar:1 imediat:3 apoi:3 dacă:3 daca:3 mult:2 da:0.5`,
  sv: `på:3 av:1 från:3 fran:1 du:0.5 han:1 hon:3 vi:0.5 mig:2 dig:2 honom:3 henne:3 mina:2 din:0.5 ditt:3 hade:3
    detta:3 direkt:1 ännu:3 i:0.3`,
  nl: `uit:3 bij:3 hij:3 we:0.5 ze:0.3 mij:3 jouw:3 uw:3 hem:3 bent:3 was:0.3 waren:1 werd:3 wilt:3 zal:3 daarna:3
    zo:1.5 als:1.5 omdat:3 of:0.3 morgen:1 heel:2`,
  tr: `gibi:3 ben:1 sen:2 biz:3 siz:3 onlar:3 beni:3 seni:3 onu:3 bana:3 sana:3 ona:1 senin:3 sonra:3 sadece:3
    bile:3 veya:3 asla:3 de:0.3 o:0.3`,
  pt: `nos:0.5 nas:1.5 dos:0.5 das:0.3 eu:2 ele:3 ela:3 nós:3 eles:3 me:0.5 te:0.3 lhe:3 foi:3 era:0.3 temos:3
    como:0.5 depois:3 só:3 se:0.3 ou:1 em:1.5 à:1 às:2`,
  it: `io:3 tu:0.5 lui:3 lei:3 noi:2 voi:2 mi:0.5 ti:0.5 vi:0.3 li:1 tuo:3 era:0.3 hai:1 abbiamo:3 quale:3 poi:3
    solo:1 se:0.3 al:0.5 di:0.5 in:0.3 o:0.3`,
  es: `yo:3 tú:3 tu:0.3 él:3 ella:3 nosotros:3 ellos:3 te:0.3 le:0.3 son:1.5 fue:3 quién:3 quien:2 cuál:3 cual:2
    luego:3 después:3 despues:3 solo:1 siempre:3 mal:0.5 en:0.3 han:1.5 nos:0.5`,
  fr: `nous:3 ils:3 me:0.3 te:0.3 ton:1.5 sa:0.5 son:1.5 a:0.3 as:0.3 avons:3 ont:3 dois:3 cela:3 suite:2 puis:3
    maintenant:3 seulement:3 parce:3 aujourd:3 plaît:3 plait:3 mal:0.5 à:1 en:0.3`,
  de: `du:1 er:1.5 dich:3 ihn:3 dein:3 bist:3 waren:1 wurde:3 hast:3 kannst:3 dies:3 dann:3 so:0.5 nie:0.5
    schlecht:3 als:1.5 morgen:1`,
  en: `he:1.5 she:2 were:2 had:2 must:2 right:1.5 always:2 little:2 good:2 bad:1.5`,
  id: `untuk:1.5 tanpa:0.5 bukan:1.5 sedikit:1`,
  ms: `anda:1 dia:0.5 mereka:0.5 bagaimana:1 terus:1 juga:1.5 bukan:1.5 pernah:1 selalu:0.5 hari:0.5 sedikit:0.5`,
  tl: `at:0.5 niya:3 saan:3 alin:3 kailanman:3 ngayong:3 marami:3 masama:3 pakiusap:3`,
};

function mergeLists(...tables: Record<string, string>[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const table of tables)
    for (const [lang, list] of Object.entries(table)) out[lang] = `${out[lang] ?? ''} ${list}`;
  return out;
}

export const LATIN_WORDS = mergeLists(BUYER_WORDS, COMMON_WORDS, MARKET_WORDS, SMALL_WORDS, FUNCTION_WORDS);

/**
 * Word shapes: endings and beginnings that mark a language whatever the word (Turkish -iyor, Indonesian/Malay -nya,
 * Tagalog mag-/nag-, German -ung/-keit, Italian -zione…). `-x` is an ending, `x-` a beginning; each word counts once
 * per shape. They decide words no table can list (inflections, compounds, typos of the stem).
 */
export const LATIN_AFFIXES: Record<string, string> = {
  tr: '-mez:1 -maz:1 -miyor:1.5 -mıyor:1.5 -ecek:1.5 -acak:1.5 -iyor:2 -ıyor:2 -uyor:2 -üyor:2 -iyorum:2 -mış:2 -miş:2 -muş:2 -müş:2 -dır:1.5 -dir:0.5 -ları:1.5 -leri:1.5',
  id: '-nya:0.7 -kan:0.3 -in:0.1 di-:0.2 ke-:0.1',
  ms: '-nya:0.6 -kan:0.3',
  tl: 'mag-:0.7 nag-:0.7 pag-:0.5 ipa-:0.5 naka-:0.7 maka-:0.5 -han:0.3 -hin:0.5',
  de: '-ung:1 -ungen:1.5 -keit:2 -heit:2 -lich:1.5 -chen:1 -sch:0.7 ge-:0.3',
  nl: '-ij:0.7 -tje:1.5 -tjes:1.5 -heid:1.5 -lijk:2 ge-:0.3',
  en: '-ing:0.7 -tion:0.5 -ly:0.5 -ed:0.3',
  fr: '-tion:0.4 -ment:0.5 -eux:1.5 -euse:1.5 -aient:2 -ais:0.5',
  es: '-ción:1.5 -cion:1.5 -mente:0.4 -ado:0.5 -ada:0.4 -ando:0.6 -iendo:1.5',
  pt: '-ção:2 -cao:1.5 -ções:2 -mente:0.4 -ado:0.4 -ando:0.5 -inho:1.5 -inha:1.5',
  it: '-zione:2 -zioni:2 -mente:0.4 -ato:0.5 -ata:0.3 -ando:0.4 -issimo:2 -etto:1 -ino:0.3',
  ro: '-abil:1 -ibil:1 -ul:0.7 -ului:2 -ilor:2 -ește:2 -eşte:2 -ați:1',
  pl: '-ować:2 -ość:2 -ście:1.5 -ego:1 -ymi:1.5 -ach:0.5',
  cs: '-ový:2 -ová:2 -ství:2 -ují:2',
  sv: '-arna:1.5 -orna:1.5 -erna:1.5 -ningen:1.5',
  vi: '',
};

/**
 * Letters that only some languages write (each occurrence counts). Vietnamese tone letters, Polish ł/ą/ę,
 * Czech ř/ě/ů, Romanian ș/ț/ă, Turkish ğ/ı/ş, Swedish å, German ß, Spanish ñ/¿/¡ are close to decisive; the
 * accents Romance languages share (é, à, ê) only lean.
 */
export const LATIN_LETTERS: Record<string, string> = {
  de: 'ß:3 ä:1 ö:1 ü:1.5',
  sv: 'å:3 ä:1.5 ö:1',
  tr: 'ğ:3 ı:3 ş:2.5 ç:0.7 ö:1 ü:1.5 â:0.3',
  es: 'ñ:3 ¿:3 ¡:3 á:0.7 í:0.7 ó:0.7 ú:0.7 é:0.5',
  pt: 'ã:2.5 õ:3 ç:1.5 ê:1 â:0.7 ô:1 á:0.7 é:0.5 ó:0.5 í:0.3 ú:0.3 à:0.5',
  fr: 'è:1.2 ê:1.2 ç:1.5 à:1 ù:1.5 â:0.7 î:1 ô:1 û:2 ë:1 ï:1.5 é:1 œ:3',
  it: 'è:1.5 ò:2 ì:2 à:1 ù:1',
  nl: 'ë:0.7 ï:0.7 ij:0',
  pl: 'ł:3 ą:3 ę:3 ś:3 ź:3 ż:3 ć:3 ń:3 ó:1',
  cs: 'ř:3 ě:3 ů:3 č:2 š:2 ž:2 ť:3 ď:3 ň:3 ý:2 á:0.7 í:0.7 é:0.7 ú:1',
  ro: 'ș:3 ț:3 ş:1 ţ:3 ă:2.5 î:2 â:1.5',
  vi: `đ:3 ơ:3 ư:3 ă:1 â:0.7 ê:0.7 ô:0.7 ạ:3 ả:3 ấ:3 ầ:3 ẩ:3 ẫ:3 ậ:3 ắ:3 ằ:3 ẳ:3 ẵ:3 ặ:3 ẹ:3 ẻ:3 ẽ:3 ế:3 ề:3
    ể:3 ễ:3 ệ:3 ỉ:3 ị:3 ọ:3 ỏ:3 ố:3 ồ:3 ổ:3 ỗ:3 ộ:3 ớ:3 ờ:3 ở:3 ỡ:3 ợ:3 ụ:3 ủ:3 ứ:3 ừ:3 ử:3 ữ:3 ự:3 ỳ:3 ỵ:3
    ỷ:3 ỹ:3 ĩ:3 ũ:3 õ:0.5 ã:0.7 à:0.5 ì:0.5 ò:0.5 ù:0.5 è:0.5 á:0.5 é:0.3 í:0.3 ó:0.3 ú:0.3 ý:0.3`,
};

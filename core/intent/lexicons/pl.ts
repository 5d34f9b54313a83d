import type { Lexicon } from '../lexicon';

/** Polish, with or without diacritics (dostałem/dostalem, zwrot pieniędzy/pieniedzy). */
export const pl: Lexicon = {
  intents: {
    'where-is-order': `przewidywana data dostawy:1.5 | data dostawy minela:2 | minela:1 | spodziewac sie przesylki:2 | spodziewac sie paczki:2 | kiedy moge sie spodziewac:2 | kurier:1.5 | nikogo nie bylo:1.5 | bylem w domu:1.5 | bylam w domu:1.5 | ?wyslane:1.5 | ?wyslana:1.5 | stoi:1.5 | utknela:2 | nie rusza sie:2 | 
      gdzie jest moja paczka:2 | gdzie jest moje zamowienie:2 | gdzie moja paczka:2 | gdzie moje zamowienie:2 | gdzie jest:1.5 | nie dotarla:2
      nie dotarlo:2 | nie doszla:2 | nie doszlo:2 | nie przyszla:2 | nie przyszlo:2 | nie otrzymalem:2 | nie otrzymalam:2 | nie dostalem:2
      nie dostalam:2 | nadal nie:1.5 | dalej nie:1.5 | wciaz nie:1.5 | kiedy wyslecie:2 | kiedy wysylka:2 | kiedy dotrze:2 | kiedy przyjdzie:2
      kiedy bedzie:0.8 | kiedy bedzie wyslane:2 | czy zostalo wyslane:2 | czy juz wyslane:2 | numer przesylki:2 | numer sledzenia:2 | sledzenie:2 | list przewozowy:2
      status zamowienia:2 | przesylka:0.5 | paczka:0.5 | zaginela:2 | zgubiona:2 | czekam:1.5 | czekam juz:2 | od tygodni:1.5`,
    'return-refund': `?czasu na zwrot:2.5 | ?termin zwrotu:2.5 | odeslac:2 | odesłać:2 | adres zwrotu:2 | adres do zwrotu:2 | nie pasuje:1 | za maly:1 | za mala:1 | za duzy:1 | za duza:1 | za ciasne:1 | nie wplynal:1 | nie wplynela:1 | nie wplynelo:1 | inny rozmiar:2 | wymienic na:2 | wiekszy rozmiar:2 | mniejszy rozmiar:2 | zwrot*:2 | zwrot pieniedzy:2 | zwrocic:2 | oddac:1.5 | odeslac:2 | pieniadze:1.5 | moje pieniadze:2 | wymiana:1 | wymienic:0.7 | odstapienie:1.5`,
    'cancel-order': `rozmyslilem sie:1.5 | rozmyslilam sie:1.5 | zamowilem dwa razy:2 | podwojne zamowienie:2 | anuluj*:2 | anulowac:2 | anulowanie:2 | nie wysylac:2 | prosze nie wysylac:2 | nie wysylajcie:2 | juz nie potrzebuje:1.5 | przez pomylke:1.5 | nie wysylajcie:2 | zrezygnowac:2 | rezygnuje z:2 | anulowac:2 | anuluj:2 | anulujcie:2 | anulowanie:2 | rezygnuje:2 | rezygnacja:2 | odwolac zamowienie:2 | nie wysylajcie:2 | juz nie potrzebuje:1.5`,
    'change-order': `paczkomat:1.5 | punkt odbioru:2 | zapakowac na prezent:2 | razem z moim drugim zamowieniem:2.5 | wyslac razem:2 | zmienic adres:2.5 | zmiana adresu:2.5 | zmiany adresu:2.5 | zly adres:1.5 | nowy adres:1.5 | zmienic rozmiar:2.5 | zmiana rozmiaru:2.5
      zmienic kolor:2.5 | zmiana koloru:2.5 | zmienic zamowienie:2.5`,
    'damaged-defective': `trzeszcza:2 | trzeszczy:2 | nie ma dzwieku:2 | brak dzwieku:2 | rozlacza sie:2 | tylko jedna strona:2 | jedna sluchawka:2 | dziwne dzwieki:2 | dziwny dzwiek:2 | halasuje:2 | piszczy:2 | trzeszczy:2 | szybko sie rozladowuje:2 | rozladowuje sie:2 | nie trzyma baterii:2 | nie reaguje:2 | zacial sie:2 | zacina sie:2 | nie da sie zapiac:2 | nie zapina sie:2 | zamek zepsuty:2 | paski na ekranie:2 | szczerba:2 | szczerbe:2 | szczerba na:2 | obtluczony:2 | odpadl*:1.5 | ulamal*:2 | ulamany:2 | smierdzi spalenizna:2 | skurczyl*:2 | sprany:2 | sprala:2 | wyblakl*:2 | farbuje:2 | szew:1 | pruje sie:2 | miga:1.5 | wylacza sie:2 | przestal dzialac:2 | przestalo dzialac:2 | przestala dzialac:2 | rozdarty:2 | rozdarta:2 | rozdarte:2 | porysowany:2 | porysowana:2 | cieknie:2 | przecieka:2 | popekany:2 | pekniety:2 | peknieta:2 | zepsuty:2 | zepsuta:2 | zepsute:2 | wadliwy:2 | wadliwa:2 | zepsul*:2 | dziura:1.5 | uszkodzon*:2 | zepsut*:2 | peknie*:2 | pekniety:2 | popekany:2 | porysowan*:2 | nie dziala:2 | przestal dzialac:2 | nie wlacza sie:2
      nie laduje:2 | wadliw*:2 | wada:2 | rozbit*:2 | zniszczon*:2 | potluczon*:2 | cieknie:2 | brudn*:1 | uzywan*:1.5  | slaba jakosc:1.5`,
    'wrong-item': `zly model:2.5 | brakuje czesci:2 | zly produkt:2.5 | zly towar:2.5 | zly rozmiar:2 | zly kolor:2 | nie to zamawialem:2.5 | nie to zamawialam:2.5 | nie to co zamowilem:2.5
      nie to co zamowilam:2.5 | inny produkt:2 | inny towar:2 | pomylka:1.5 | pomylil*:1.5 | brakuje:1 | pusta paczka:2 | puste pudelko:2`,
    'product-question': `?nowy czy:3 | ?nowa czy:3 | ?odnowiony:2 | ?czy jest nowy:2 | ?ile kilo:2 | ?udzwig:2 | ?sklada:1.5 | ?sklada sie:2 | ?zmywarce:2 | ?w zestawie:1.5 | ?dziala z:2 | ?ocieplan*:1.5 | ?czy ta:1 | ?czy ten:1 | ?czy to:0.5 | materialu:1.5 | ?z jakiego:1.5 | ?jaki material:2 | sklad:1 | ?jak to dziala:2 | ?jak dziala:2 | ?jak uzywac:2 | ?jak zamontowac:2 | ?oryginal*:1.5 | ?nadaje sie:1.5 | ?ile trwa wysylka:2 | ?wysylka do:1.5 | ?rozmiar:1 | wymiary:2 | material:1.5 | kompatybiln*:2 | wodoodporn*:2 | dostepn*:1.5 | na stanie:2 | instrukcja:1.5 | jak uzywac:2
      pytanie:0.6 | mam pytanie:0.6 | ?czy pasuje:2 | ?czy jest:1 | ?czy mozna:1 | ?czy ma:1 | przed zakupem:2 | rozmiarowka:2`,
    invoice: `dowod zakupu:2.5 | faktur*:2.5 | paragon:2 | nip:2 | vat:1.5 | fakture vat:2.5`,
    'thanks-positive': `zgodny z opisem:2 | kupie ponownie:2 | otrzymalem:0.6 | otrzymalam:0.6 | dostalem:0.6 | dziekuje:1 | dzieki:1 | dziekujemy:1 | dzieks:1 | super:1 | swietn*:1.5 | polecam:2 | zadowolon*:1.5 | wszystko ok:1.5 | wszystko w porzadku:1.5
      doszla:1 | dotarla:1 | rewelacja:1.5 | sprawa zalatwiona:1.5`,
  },
  negated: {
    'where-is-order':
      'otrzymalem:2 | otrzymalam:2 | dostalem:2 | dostalam:2 | dotarla:2 | dotarlo:2 | doszla:2 | przyszla:2 | wyslane:2 | wyslana:2',
    'damaged-defective': 'dziala:2 | wlacza:2 | laduje:1.5',
    'wrong-item': 'zamawialem:1.5 | zamawialam:1.5 | zamowilem:1.5',
  },
  negBefore: 'nie | bez | nigdy | zaden | zadna | zadnej | ani',
  question: 'ile | gdzie | kiedy | jak | co | dlaczego | czy | ktory | jaki | jaka | mozecie',
  changeVerb:
    'dopisac | dopisz | doliczyc | dodac | dorzucic | zwiekszyc | zmienic | zmiana | zmiany | poprawic | wymienic',
  orderAttr:
    'sztuke | sztuki | sztuk | czarny | czarna | czarnym | bialy | biala | czerwony | niebieski | niebieska | zielony | szary | szara | rozowy | bezowy | kolory | numer telefonu | telefon | ilosc | model | adres | adresu | rozmiar | rozmiaru | kolor | koloru | ilosc',
  positive:
    'dziekuje | dzieki | super | swietny | swietnie | polecam | zadowolony | zadowolona | rewelacja | idealny | piekny',
  negative:
    'niezadowolony | niezadowolona | rozczarowany | rozczarowana | rozczarowanie | zawiedziony | zawiedziona | wkurzony | fatalny | fatalna | beznadziejny | nikogo nie bylo:0.6 | bylem w domu:0.6 | nie wplynal:0.6 | nie wplynela:0.6 | nie wplynelo:0.6 | stoi:0.6 | od tygodnia:0.6 | utknela:0.6 | nadal nie:0.6 | nic nie:0.6 | dalej nic:0.6 | 0 tygodnie:0.6 | 0 tygodni:0.6 | co sie dzieje:0.6 | rozczarowan* | zawiedzion* | zly:0.7 | slaby | beznadziejn* | problem:0.7 | niestety:0.5 | nadal:0.5 | skarga | wkurzon*',
  polite: 'dziekuje | dzieki | prosze | pozdrawiam | z gory dziekuje',
  angry:
    'niekompetentni:1 | niekompetentny:1 | trzeci raz:1 | brak odpowiedzi:1 | nikt nie odpowiada:1 | olewacie:1 | zenada:1 | skandal:1 | zenada:1 | oszusci:1 | oszust:1 | kpina:1 | nie do przyjecia:1 | tragedia:1 | dramat:1 | beznadziejn*:1 | kurwa:1 | nigdy wiecej:1',
  reviewThreat:
    'gwiazdke | 1 gwiazdke | jedna gwiazdke | negatywna opinie | negatywny komentarz | zla opinie | negatywny komentarz | negatywna opinia | negatywna ocena | zla opinia | 1 gwiazdka | jedna gwiazdka | negatyw | wystawie negatyw',
  claim:
    'reklamacja | reklamacje | reklamuje | gwarancja a-z | zglosze do amazon | zglosze do allegro | spor',
  dispute: 'spor | otworze spor',
  chargeback: 'chargeback | obciazenie zwrotne | moj bank | w banku',
  legal:
    'prawnik | policja | na policje | do sadu | pozew | uokik | rzecznik konsumentow | oszustwo | prokuratura',
  urgentNow: 'pilne | pilnie | natychmiast | jak najszybciej | niezwlocznie',
  deadlineMark: 'przed | do | najpozniej',
  time: 'poniedzialkiem | wtorkiem | sroda | czwartkiem | piatkiem | sobota | niedziela | weekendem | swietami | dzisiaj | dzis | jutro | pojutrze | poniedzialek | poniedzialku | wtorek | wtorku | sroda | srody | czwartek | czwartku | piatek | piatku | sobota | soboty | niedziela | niedzieli | weekend | weekendu | 0 dni | swiat | swieta | urodzin',
  calm: 'nie jest pilne | bez pospiechu',
  packaging: 'karton | pudelko | opakowanie | paczka',
  instead: 'tylko | zamiast',
  ordered: 'zamowilem | zamowilam | zamawialem | zamawialam',
  got: 'przyszlo | przyszla | przyszedl | dostalem | dostalam | otrzymalem',
  differs: 'inny niz',
  need: 'potrzebuje | potrzebuję | musze miec | muszę mieć | potrzebne',
  product: 'produkt | towar | przedmiot | model | artykul | ten produkt',
  money: 'pieniadze | pieniedzy | kase | kasy | kwote | kwoty | srodki | srodkow',
  pending: 'nadal | wciaz | jeszcze nie | dalej nie | ciagle | do tej pory',
  parcel: 'zamowienie | paczka | paczki | paczke | przesylka | przesylki | dostawa',
  late: 'od tygodnia | od kilku dni | od poniedzialku | w drodze | w sortowni | ten sam status | spoznia | spoznia sie | opoznia | zaginela | zaginal | opoznienie | opozniona | opoznione | spozniona | zgubiona | zaginela | utknela | stoi | tak dlugo',
  arrive:
    'dotarla | dotarlo | doszla | doszlo | przyszla | przyszlo | dostalem | dostalam | dostarczona | wyslana | wyslane | wyslac | nadana',
  address: 'numer telefonu | adres | kod pocztowy | numer domu | numer mieszkania | ulica | ulice',
  mistake: 'pomylilem | pomylilam | pomylka | bledny | bledna | zly | zla | blad',
  ack: 'dobrze | ok | okej | rozumiem | jasne',
  fake: 'podrobka | podrobiony | falsyfikat | nieoryginalny | nie oryginal',
};

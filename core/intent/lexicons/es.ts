import type { Lexicon } from '../lexicon';

/** Spanish (Spain and Latin America), without accents as often as with ("donde esta mi pedido", "no me llego"). */
export const es: Lexicon = {
  intents: {
    'where-is-order': `fecha estimada de entrega:1.5 | ya paso la fecha:2 | no aparece:1 | ya salio mi pedido:2 | salio mi pedido:2 | ya salio:1.5 | no recibo:2 | aun no recibo:2 | no he recibido:2 | no recibi:2 | todavia no recibo:2 | se perdio:2 | se extravio:2 | repartidor:1.5 | no habia nadie:1.5 | estaba en casa:1.5 | ?enviaron:1.5 | ?enviado:1.5 | ?lo mandaron:1.5 | ya pasaron:1 | estancado:2 | no se mueve:2 | no avanza:2 | llevo un mes:2 | un mes esperando:2 | llevo 0 semanas:2 | 0 semanas:1 | esperando:1 | que pasa con mi pedido:2 | 
      donde esta mi pedido:2 | donde esta mi paquete:2 | donde esta mi orden:2 | donde esta mi compra:2 | donde esta:1.5 | donde quedo:2
      no me ha llegado:2 | no ha llegado:2 | no me llego:2 | no llego:2 | no llega:2 | aun no llega:2 | todavia no llega:2 | no he recibido:2
      no recibi:2 | nunca llego:2 | sigue sin llegar:2 | sin llegar:1.5 | cuando llega:2 | cuando me llega:2 | cuando llegara:2 | cuando lo envian:2
      cuando envian:2 | cuando sale:1.5 | ya lo enviaron:2 | ya fue enviado:2 | ya salio:2 | numero de seguimiento:2 | seguimiento:1.5 | rastreo:2
      numero de guia:2 | guia:1 | estado de mi pedido:2 | estado del envio:2 | envio:0.5 | paquete perdido:2 | perdido:1 | marca entregado:2
      dice entregado:2 | sigo esperando:2 | llevo esperando:2 | hace semanas:1`,
    'return-refund': `?plazo de devolucion:2.5 | ?cuanto tiempo tengo para devolver:2.5 | lo devuelvo:2 | la devuelvo:2 | direccion de devolucion:2 | me quedan chicas:1 | me quedan chicos:1 | me queda chica:1 | cambiarlas por:2 | cambiarlos por:2 | cambiarla por:2 | cambiarlo por:2 | no me queda:1 | me queda pequeno:1 | me queda grande:1 | muy pequeno:1 | muy grande:1 | me queda chico:1 | devuelto el dinero:2 | devolvieron el dinero:2 | devolver el dinero:2 | devuelvan el dinero:2 | devuelvan mi dinero:2 | reintegro:2 | en mi cuenta:1 | aun no aparece:1 | otra talla:2 | por otra:1.5 | talla mas grande:2 | talla mas chica:2 | talla mas pequena:2 | cambiar por:1.5 | devolver*:2 | devuelvo:2 | reembols*:2 | devolucion:2 | devolver:2 | devuelvan:2 | devuelva:2 | mi dinero:1.5 | reintegro:2 | cambio:0.7 | cambiarlo:0.7
      etiqueta de devolucion:2 | quiero devolver:2 | como devuelvo:2 | regresar el:1.5`,
    'cancel-order': `cambie de opinion:1.5 | cambie de idea:1.5 | lo pedi dos veces:2 | pedi dos veces:2 | pedido duplicado:2 | sin querer:1 | no lo envien:2 | no lo manden:2 | por error:1.5 | cancelar:2 | cancelacion:2 | cancelen:2 | cancela:2 | cancelado:1 | anular:2 | anulen:2 | ya no lo quiero:2 | ya no lo necesito:1.5
      no lo envien:2 | no enviar:2 | pedi por error:1.5`,
    'change-order': `punto de recogida:2 | envolver para regalo:2 | papel de regalo:2 | junto con mi otro pedido:2.5 | enviar juntos:2 | cambiar la direccion:2.5 | cambiar mi direccion:2.5 | cambiar direccion:2.5 | cambio de direccion:2.5 | direccion incorrecta:2
      direccion equivocada:1.5 | nueva direccion:1.5 | cambiar la talla:2.5 | cambiar el color:2.5 | cambiar talla:2.5 | modificar el pedido:2.5
      modificar mi pedido:2.5`,
    'damaged-defective': `no encaja:2 | se sale:1.5 | no suena:2 | sin sonido:2 | se desconecta:2 | solo un lado:2 | solo funciona un lado:2 | ruido raro:2 | ruido extrano:2 | hace ruido:2 | chirria:2 | la bateria dura:1.5 | se descarga:2 | bateria no dura:2 | no aguanta la carga:2 | no responde:2 | se atasca:2 | atascada:1.5 | no cierra:2 | cremallera rota:2 | se rompio la cremallera:2 | rayas en la pantalla:2 | desportillado:2 | astillado:2 | se rompio:2 | se partio:2 | huele a quemado:2 | encogio:2 | encogido:2 | encogida:2 | destino:2 | destenido:2 | descolorido:2 | costura:1 | parpadea:1.5 | se apaga solo:2 | dejo de funcionar:2 | ya no funciona:2 | no enciende:2 | no prende:2 | roto:2 | rota:2 | rayado:2 | rayada:2 | gotea:2 | pierde agua:2 | roto:2 | rasgado:2 | rasgada:2 | descosido:2 | defectuoso:2 | estropeado:2 | averiado:2 | quebrado:2 | se despegaron:2 | se despego:2 | despegad*:2 | se rompio:2 | se rompieron:2 | estrellad*:2 | agujero:1.5 | descosido:2 | roto:2 | rota:2 | rotos:2 | danad*:2 | defectuos*:2 | defecto:1.5 | no funciona:2 | no sirve:2 | no enciende:2 | no prende:2 | no carga:2
      rayado:2 | rayada:2 | quebrado:2 | quebrada:2 | estropead*:2 | averiad*:2 | golpeado:2 | abollad*:2 | manchado:1.5 | sucio:1 | usado:1.5
      rajado:2 | agrietado:2 | gotea:2 | mala calidad:1.5   | dejo de funcionar:2 | descompuesto:2`,
    'wrong-item': `producto incorrecto:2.5 | articulo incorrecto:2.5 | talla incorrecta:2 | color incorrecto:2 | modelo equivocado:2.5 | que no era:2 | no era el:1.5 | no era la:1.5 | equivocad*:1.5 | piezas faltantes:2 | le faltan piezas:2 | producto equivocado:2.5 | articulo equivocado:2.5 | equivocado:1.5 | no es lo que pedi:2.5 | no es lo que compre:2.5 | no corresponde:2
      talla incorrecta:2 | color equivocado:2 | color incorrecto:2 | otro producto:2 | me enviaron otro:2.5 | me llego otro:2.5 | diferente:1
      falta:1 | faltan:1 | caja vacia:2 | me mandaron otra:2.5`,
    'product-question': `?nuevo o:3 | ?reacondicionado:2 | ?es nuevo:2 | ?cuantos kilos:2 | ?peso maximo:2 | ?aguanta:1.5 | ?cuanto pesa:2 | ?incluye:1.5 | ?viene con:1.5 | ?funciona con:2 | ?como se usa:2 | ?como funciona:2 | ?como se instala:2 | ?como se arma:2 | ?original:1.5 | ?sirve para:1.5 | ?apto para:1.5 | ?lo tienen:1.5 | ?la tienen:1.5 | ?tienen en:1.5 | ?viene en:1.5 | ?hay en:1 | ?cuanto mide:2 | ?cuanto pesa:2 | ?que talla:1.5 | ?cuanto tarda el envio:2 | ?cuanto tarda:1.5 | ?envios a:1.5 | ?envio a:1.5 | ?talla:1 | medidas:2 | material:1.5 | compatible:2 | impermeable:2 | hay stock:2 | tienen stock:2 | disponible:1.5 | instrucciones:1.5
      como se usa:2 | como funciona:2 | pregunta:0.6 | una pregunta:1.5 | consulta:1.5 | ?tiene:1 | ?sirve para:1.5 | ?viene con:1.5 | antes de comprar:2
      talla pequeno:1.5 | talla grande:1.5 | ?cuanto mide:2`,
    invoice: `comprobante de compra:2.5 | justificante:2 | factura*:2.5 | recibo:1 | boleta:2 | cfdi:2.5 | rfc:2 | iva:1.5 | nif:1.5 | cif:1.5 | comprobante:2`,
    'thanks-positive': `tal como se describe:2 | tal cual:1.5 | volvere a comprar:2 | muy buena calidad:2 | buena calidad:1.5 | llego antes:1.5 | recibido:1 | ya llego:0.6 | gracias:1 | muchas gracias:1 | mil gracias:1 | perfecto:1.5 | excelente:1.5 | genial:1.5 | me encanta:2 | me encanto:2 | todo bien:1.5
      llego bien:2 | llego perfecto:2 | muy contento:2 | contenta:1 | contento:1 | satisfecho:1.5 | satisfecha:1.5 | buenisimo:1.5 | solucionado:1.5`,
  },
  negated: {
    'where-is-order': 'llegado:2 | llego:2 | llega:2 | recibido:2 | recibi:2 | enviado:2 | entregado:2',
    'damaged-defective': 'funciona:2 | enciende:2 | carga:1.5 | sirve:1.5',
    'wrong-item': 'pedi:1.5 | correcto:1.5 | corresponde:1.5',
  },
  negBefore: 'no | nunca | sin | ni | tampoco | jamas | nada',
  question:
    'donde | cuando | como se | como puedo | cual | por que | pueden | puedo | tienen | cuanto | cuantos | sabe si',
  changeVerb: 'agregar | anadir | sumar | aumentar | cambiar | modificar | corregir | actualizar | cambien',
  orderAttr:
    'unidad | unidades | fecha de entrega | negro | negra | blanco | blanca | rojo | roja | azul | verde | gris | rosa | beige | marron | amarillo | morado | colores | telefono | numero de telefono | celular | cantidad | modelo | direccion | talla | color | tamano | cantidad | modelo | codigo postal',
  positive:
    'gracias | perfecto | excelente | genial | encanta | encanto | contento | contenta | satisfecho | feliz | buenisimo | recomiendo | bonito',
  negative: `decepcion | decepcionado | decepcionada | decepcionante | molesto | molesta | enojado | enojada | frustrado | frustrada | fatal | horrible | pesimo | pesima | no habia nadie:0.6 | en aduana:0.6 | una semana:0.6 | en mi cuenta:0.6 | aun no aparece:0.6 | ya pasaron:0.6 | estancado:0.6 | no avanza:0.6 | todavia no:0.6 | aun no:0.6 | dice entregado:0.6 | no recibi nada:0.6 | 0 semanas:0.6 | un mes:0.6 | que pasa:0.6 | nada:0.4 | decepcionado | decepcionada | molesto | molesta | enojado | enojada | pesimo | malo | mala | terrible | queja | problema:0.7
    lamentablemente:0.5 | todavia:0.5 | aun:0.5 | triste`,
  polite: 'gracias | por favor | porfa | xfa | saludos | un saludo',
  angry: `incompetentes:1 | incompetente:1 | tercera vez:1 | nadie contesta:1 | nadie responde:1 | sin respuesta:0.7 | ni me contestan:1 | inutiles:1 | inaceptable:1 | verguenza:1 | indignante:1 | pesimo servicio:1 | ladrones:1 | basura:1 | mierda:1 | harto:1 | harta:1 | ridiculo:1
    una burla:1 | estafadores:1 | nunca mas:1 | furioso:1 | furiosa:1 | es el colmo:1`,
  reviewThreat:
    'valoracion negativa | resena negativa | mala resena | mala calificacion | mala opinion | 1 estrella | una estrella | opinion negativa | calificar mal | feedback negativo',
  claim:
    'reclamar a amazon | reclamo a amazon | reclamar a ebay | reclamacion a amazon | reclamacion | reclamo | garantia de la a a la z | abrir un caso | reportar a amazon | contactar a amazon | mediacion | queja formal',
  dispute: 'disputa',
  chargeback: 'contracargo | mi banco | desconocer el cargo | anular el pago con',
  legal:
    'abogado | denuncia | denunciar | demanda | demandar | policia | profeco | omic | consumo | estafa* | fraude | tribunal',
  urgentNow: 'urgente | urge | inmediatamente | cuanto antes | lo antes posible | de inmediato | ya mismo',
  deadlineMark: 'antes del | antes de | para el | a mas tardar | hasta el | lo necesito',
  time: 'hoy | manana | pasado manana | lunes | martes | miercoles | jueves | viernes | sabado | domingo | fin de semana | 0 dias | 0 horas | navidad | cumpleanos | la proxima semana',
  calm: 'no hay prisa | sin prisa | no es urgente',
  packaging: 'caja | empaque | embalaje | paquete',
  instead: 'solo | solo me llego | solo llego | solamente | en vez de | en lugar de',
  ordered: 'pedi | compre | encargue | ordene',
  got: 'recibio | recibieron | venian | venia | vinieron | llegaron | mandaron | me llego | llego | recibi | me enviaron | me mandaron | vino',
  differs: 'no se parece',
  need: 'necesito | lo necesito | la necesito | me hace falta | hace falta | urge',
  product: 'producto | articulo | modelo | este modelo | este producto | la funda',
  money: 'dinero | plata | mi dinero | importe | monto',
  pending: 'todavia | aun | aun no | sigo esperando | hasta ahora | ya van',
  parcel: 'pedido | paquete | envio | compra | encomienda',
  late: 'sin moverse | no se mueve | desde hace | lleva una semana | centro de distribucion | mismo estado | retraso | retrasado | atrasado | demora | tarda | tardando | perdido | extraviado | atascado | parado',
  arrive:
    'llega | llegar | llegado | llego | recibido | recibir | entregado | enviado | enviar | despachado | mandado',
  address: 'telefono | direccion | codigo postal | cp | calle | numero de casa | piso | depto',
  mistake: 'equivoque | equivocado | equivocada | mal | error | incorrecto | incorrecta',
  ack: 'vale | ok | de acuerdo | entendido | perfecto',
  fake: 'imitacion | falsificado | falso | replica | no es original',
};

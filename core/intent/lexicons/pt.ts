import type { Lexicon } from '../lexicon';

/** Portuguese (Brazil and Portugal), including chat shorthand: vc, pq, n/ñ/naum (não), obg, vlw. */
export const pt: Lexicon = {
  intents: {
    'where-is-order': `data prevista de entrega:1.5 | ja passou:1 | prazo de entrega:1.5 | prazo ja passou:2 | entregador:1.5 | nao tinha ninguem:1.5 | estava em casa:1.5 | ?postado:1.5 | ?enviado:1.5 | parado:2 | nao atualiza:2 | travado:2 | ja faz um mes:2 | faz um mes:1.5 | 0 semanas:1 | demorando:1.5 | ta demorando:2 | 
      cade meu pedido:2 | cade o meu pedido:2 | cade minha encomenda:2 | cade:1.5 | onde esta meu pedido:2 | onde esta o meu pedido:2 | onde esta a minha encomenda:2
      onde esta minha encomenda:2 | nao chegou:2 | ainda nao chegou:2 | n chegou:2 | naum chegou:2 | nao recebi:2 | ainda nao recebi:2 | n recebi:2
      nunca chegou:2 | quando chega:2 | quando vai chegar:2 | quando sera enviado:2 | quando vao enviar:2 | quando envia:2 | ja foi enviado:2 | ja enviou:2
      ja postou:2 | codigo de rastreio:2 | codigo de rastreamento:2 | rastreio:2 | rastreamento:2 | rastrear:2 | status do pedido:2 | entrega:0.5
      envio:0.5 | extraviad*:2 | perdido:1 | consta como entregue:2 | aparece entregue:2 | esperando ate agora:2 | to esperando:1.5 | estou esperando:1.5`,
    'return-refund': `devolvem:1.5 | ressarcir:2 | ressarcimento:2 | ?prazo para devolucao:2.5 | ?prazo de troca:2.5 | endereco para devolucao:2 | endereco de devolucao:2 | nao serviu:1 | ficou pequeno:1 | ficou grande:1 | muito pequeno:1 | muito grande:1 | ficou apertado:1 | no cartao:1 | na conta:1 | nao caiu:1 | outro tamanho:2 | tamanho maior:2 | tamanho menor:2 | trocar por:2 | reembols*:2 | devolucao:2 | devolver:2 | estorno:2 | estornar:2 | meu dinheiro:2 | dinheiro de volta:2 | troca:1 | trocar:0.7
      quero devolver:2 | como devolvo:2`,
    'cancel-order': `mudei de ideia:1.5 | desisti:1.5 | pedi duas vezes:2 | comprei duas vezes:2 | pedido duplicado:2 | sem querer:1.5 | nao envia:2 | nao envie:2 | nao mande:2 | cancelar:2 | cancelamento:2 | cancela:2 | cancele:2 | cancelem:2 | nao quero mais:2 | n quero mais:2 | desisti:1.5 | nao enviar:2`,
    'change-order': `ponto de retirada:2 | embrulho para presente:2 | papel de presente:2 | junto com meu outro pedido:2.5 | enviar junto:2 | mudar o endereco:2.5 | mudar endereco:2.5 | alterar o endereco:2.5 | alterar endereco:2.5 | trocar o endereco:2.5 | endereco errado:1.5
      novo endereco:1.5 | trocar o tamanho:2.5 | trocar tamanho:2.5 | trocar a cor:2.5 | mudar a cor:2.5 | alterar o pedido:2.5`,
    'damaged-defective': `so funciona de um lado:2 | um lado so:2 | sem som:2 | chiado:2 | desconecta:2 | nao encaixa:2 | barulho estranho:2 | faz barulho:2 | range:1 | bateria acaba:2 | descarrega rapido:2 | bateria nao dura:2 | nao segura carga:2 | nao responde:2 | travou:2 | trava:1.5 | nao fecha:2 | ziper quebrou:2 | costura abriu:2 | linhas na tela:2 | lascado:2 | lascada:2 | quebrou:2 | cheiro de queimado:2 | encolheu:2 | desbotou:2 | desbotado:2 | manchou:1.5 | costura:1 | pisca:1 | desliga sozinho:2 | parou de funcionar:2 | nao funciona mais:2 | nao liga:2 | quebrado:2 | quebrada:2 | riscado:2 | riscada:2 | vazando:2 | rasgado:2 | rasgada:2 | trincado:2 | trincada:2 | defeito:2 | com defeito:2 | estragado:2 | descolou:2 | descolaram:2 | soltou:1.5 | quebrad*:2 | danificad*:2 | defeito:2 | defeituos*:2 | com defeito:2 | nao funciona:2 | n funciona:2 | nao liga:2 | n liga:2 | nao carrega:2
      riscad*:2 | rasgad*:2 | amassad*:2 | estragad*:2 | vazando:2 | vazou:2 | trincad*:2 | rachad*:2 | manchad*:1.5 | usado:1.5 | parou de funcionar:2
        qualidade ruim:1.5 | pessima qualidade:1.5`,
    'wrong-item': `pecas faltando:2 | faltando pecas:2 | produto errado:2.5 | item errado:2.5 | errado:1.5 | errada:1.5 | tamanho errado:2 | cor errada:2 | nao e o que pedi:2.5 | nao e o que eu pedi:2.5
      n e o que pedi:2.5 | veio outro:2.5 | veio diferente:2 | mandaram outro:2.5 | diferente:1 | faltando:1 | veio faltando:2 | caixa vazia:2`,
    'product-question': `?novo ou:3 | ?recondicionado:2 | ?e novo:2 | ?lacrado:2 | ?quantos quilos:2 | ?aguenta:1.5 | ?quanto pesa:2 | ?110 ou 220:2 | ?bivolt:2 | ?voltagem:2 | ?incluso:1.5 | ?vem com:1.5 | ?funciona com:2 | ?como usa:2 | ?como usar:2 | ?como funciona:2 | ?como instala:2 | ?como monta:2 | ?original:1.5 | ?e original:2 | ?serve para:1.5 | ?quanto tempo demora:2 | ?demora pra chegar:2 | ?enviam para:1.5 | ?tamanho:1 | medidas:2 | material:1.5 | compativel:2 | a prova d agua:2 | prova d agua:2 | tem estoque:2 | em estoque:2 | disponivel:1.5
      como usar:2 | como funciona:2 | manual:1.5 | duvida:0.6 | uma duvida:0.6 | pergunta:1 | ?serve:1 | ?tem:0.5 | ?vem com:1.5 | antes de comprar:2 | veste pequeno:1.5`,
    invoice: `comprovante de compra:2.5 | comprovante:2 | emite nota:2.5 | emitem nota:2.5 | ?nota:1 | nota fiscal:2.5 | nf:2 | nfe:2.5 | nf-e:2.5 | recibo:2 | fatura:2 | cpf na nota:2.5 | cnpj:1.5`,
    'thanks-positive': `igual ao anuncio:2 | compraria de novo:2 | conforme anunciado:2 | recebido:1 | recebi:0.6 | blz:0.5 | obrigad*:1 | obg:1 | brigad*:1 | vlw:1 | valeu:1 | perfeito:1.5 | otimo:1.5 | adorei:2 | amei:2 | chegou certinho:2 | chegou tudo certo:2
      tudo certo:1.5 | satisfeit*:1.5 | muito bom:1.5 | excelente:1.5 | resolvido:1.5 | show:1 | top:1`,
  },
  negated: {
    'where-is-order': 'chegou:2 | recebi:2 | recebido:2 | entregue:2 | enviado:2 | postado:2',
    'damaged-defective': 'funciona:2 | liga:2 | carrega:1.5',
    'wrong-item': 'pedi:1.5 | certo:1.5 | correto:1.5',
  },
  negBefore: 'nao | n | naum | nunca | sem | nem | jamais | nada',
  question:
    'quanto tempo | quanto dura | onde | quando | como | qual | por que | pq | voces podem | vcs podem | posso | tem como | quanto',
  changeVerb: 'adicionar | acrescentar | aumentar | mudar | alterar | trocar | corrigir',
  orderAttr:
    'preto | preta | branco | branca | vermelho | azul | verde | cinza | rosa | bege | marrom | amarelo | roxo | cores | telefone | celular | numero de telefone | quantidade | modelo | endereco | tamanho | cor | numeracao | quantidade | modelo | cep',
  positive:
    'obrigado | obrigada | perfeito | otimo | adorei | amei | satisfeito | satisfeita | feliz | recomendo | lindo | maravilhoso',
  negative:
    'decepcionado | decepcionada | chateado | chateada | insatisfeito | insatisfeita | pessimo | pessima | horrivel | absurdo | nao tinha ninguem:0.6 | eu estava em casa:0.6 | na alfandega:0.6 | no cartao:0.6 | na conta:0.6 | nao caiu:0.6 | parado:0.6 | faz uma semana:0.6 | travado:0.6 | consta como entregue:0.6 | nao recebi nada:0.6 | demorando:0.6 | 0 semanas:0.6 | faz 0 semanas:0.6 | ainda:0.2 | nada:0.4 | decepcionad* | chatead* | irritad* | pessimo | ruim | problema:0.7 | reclamacao | infelizmente:0.5 | ainda:0.5 | triste | descaso',
  polite:
    'obrigado | obrigada | obg | por favor | pfv | pf | por gentileza | grato | grata | att | atenciosamente',
  angry:
    'incompetentes:1 | incompetente:1 | terceira vez:1 | ninguem responde:1 | sem resposta:0.7 | ninguem me responde:1 | descaso:1 | golpistas:1 | golpista:1 | golpe:1 | ladroes:1 | absurdo:1 | inaceitavel:1 | vergonha:1 | palhacada:1 | ridiculo:1 | lixo:1 | ladrao:1 | ladroes:1 | pessimo atendimento:1 | porcaria:1 | merda:1 | descaso:1 | nunca mais:1',
  reviewThreat:
    'avaliacao negativa | avaliar mal | 1 estrela | uma estrela | reclame aqui | pessima avaliacao | avaliacao ruim',
  claim:
    'reclamacao | abrir reclamacao | mediacao | garantia de a a z | acionar a amazon | acionar a garantia | abrir uma disputa',
  dispute: 'disputa | contestacao | contestar',
  chargeback: 'chargeback | contestar no cartao | operadora do cartao | meu banco',
  legal:
    'advogado | procon | processo judicial | vou processar | processar voces | entrar na justica | justica | policia | boletim de ocorrencia | golpe | fraude | pequenas causas',
  urgentNow: 'urgente | urgencia | imediatamente | o quanto antes | o mais rapido possivel',
  deadlineMark: 'ate | antes de | no maximo | preciso para',
  time: 'hoje | amanha | segunda | terca | quarta | quinta | sexta | sabado | domingo | fim de semana | 0 dias | 0 horas | natal | aniversario | semana que vem',
  calm: 'sem pressa | nao e urgente',
  packaging: 'caixa | embalagem | pacote',
  instead: 'so veio | so chegou | so recebi | em vez de | ao inves de | no lugar de',
  ordered: 'pedi | comprei | encomendei',
  got: 'veio | chegou | recebi | mandaram | enviaram',
  differs: 'nada a ver',
  need: 'preciso | necessito | vou precisar | preciso receber | preciso dele | preciso disso',
  product: 'produto | artigo | modelo | item | esse produto | este produto',
  money: 'dinheiro | valor | grana | meu dinheiro | o valor',
  pending: 'ainda | ainda nao | ate agora | nada ainda | ate hoje',
  parcel: 'pedido | encomenda | pacote | entrega | compra',
  late: 'ha uma semana | faz uma semana | nao atualiza | centro de distribuicao | mesmo status | atraso | atrasado | atrasada | demorando | demora | perdido | extraviado | parado | travado',
  arrive:
    'enviaram | enviou | mandaram | mandou | postaram | despacharam | chegar | chegou | chega | recebi | receber | entregue | enviado | enviar | despachado | postado',
  address: 'telefone | endereco | cep | numero da casa | rua | apartamento | complemento',
  mistake: 'errei | errado | errada | erro | incorreto',
  ack: 'ok | ta bom | beleza | certo | tudo bem',
  fake: 'falsificado | falso | replica | nao e original | pirata',
};

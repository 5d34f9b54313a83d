import type { Lexicon } from '../lexicon';

/** English, as buyers write it: "wru", "pkg", "pls", "havent recieved", "item never came". Also applied to every
 * other language (buyers everywhere mix in "refund", "cancel", "tracking"). */
export const en: Lexicon = {
  intents: {
    'where-is-order': `delivery date has passed:2 | date has passed:1.5 | past the delivery date:2 | not found:0.5 | tracking not found:2 | invalid tracking:2 | left your warehouse:2 | left the warehouse:2 | has it left:2 | gone out yet:2 | been sent out:2 | aint here:2 | still aint:1.5 | isnt here:2 | not here:1.5 | whats going on with my order:2 | at the facility:1.5 | at the depot:1.5 | at the warehouse:1 | sorting center:1.5 | sorting facility:1.5 | will it arrive:2 | arrive by then:2 | no show:1.5 | didnt show:1.5 | courier:1 | the driver:1 | delivery driver:1.5 | left a note:1.5 | missed delivery:2 | i was home:1.5 | where my:1.5 | shown up:1 | hasnt shown up:2 | not shown up:2 | ?shipped:1.5 | ?dispatched:1.5 | ?sent out:1.5 | any news:1.5 | news on my:1.5 | been ages:1 | stuck:1.5 | not moving:1.5 | hasnt moved:2 | no update:1.5 | no updates:1.5 | 0 weeks:1 | a month:1 | waiting for:1 | been waiting:1.5 | only got:0.5 | 
      where is my order:2 | where is my package:2 | where is my parcel:2 | where is my item:2 | where is my stuff:2
      where s my order:2 | wheres my order:2 | wheres my package:2 | where my order:2 | where is the order:2
      where is it:1 | where is my:1.5 | wru:2 | wismo:2 | wer is my:1.5 | were is my:1.5
      not received:2 | not recieved:2 | not receive:2 | never received:2 | never recieved:2 | never arrived:2
      never came:2 | never got:2 | never showed up:2 | didnt get:1.5 | didnt arrive:2 | didnt come:1.5 | hasnt arrived:2
      havent received:2 | havent recieved:2 | havent got:1.5 | have not received:2 | has not arrived:2 | not arrived:2
      not yet arrived:2 | still not here:2 | still havent:1.5 | still waiting:1.5 | still no sign:2 | no sign of:1.5
      still nothing:1.5 | not here yet:2 | not delivered:2 | wasnt delivered:2 | never delivered:2 | missing package:2
      missing parcel:2 | lost package:2 | lost parcel:2 | lost in the mail:2 | lost in transit:2 | package lost:2
      tracking*:1.5 | track my:1.5 | tracking number:2 | tracking no:2 | track and trace | tracking info:2
      when will it arrive:2 | when will i get:2 | when will i receive:2 | when will my order:2 | when will it ship:2
      when will you ship:2 | when will it be shipped:2 | when will it be delivered:2 | when does it ship:2 | eta:1.5
      when is it coming:2 | when will it come:2 | when can i expect:2 | when it will arrive:2 | arrival date:1.5
      has it shipped:2 | is it shipped:2 | did it ship:2 | was it shipped:2 | has my order shipped:2 | has my order been shipped:2 | is my order shipped:2 | has it been shipped:2 | have you shipped:2 | did you ship:2 | shipped yet:2 | sent yet:1.5
      been shipped yet:2 | dispatched yet:2 | has it been dispatched:2 | not shipped:2 | not been shipped:2
      still not shipped:2 | not dispatched:2 | status of my order:2 | order status:2 | delivery status:2 | update on my order:2
      any update:1.5 | any updates:1.5 | whats the status:1.5 | stuck in:1 | stuck at:1 | shows delivered:2 | says delivered:2
      marked as delivered:2 | marked delivered:2 | delivered but:2 | in transit:1 | out for delivery:1 | late delivery:1.5
      delivery date:1 | expected delivery:1.5 | estimated delivery:1.5 | taking so long:1.5 | taking forever:1.5
      so long to arrive:2 | weeks ago:1 | ordered on:1 | pkg:1 | my pkg:1.5 | where pkg:2 | delivery*:0.5 | shipping*:0.5
      ship it:1 | still in transit:2 | hasnt moved:2 | no movement:2 | tracking not updated:2 | courier:0.5`,
    'return-refund': `expect that back:2 | want that back:2 | want it back:1.5 | ?how long do i have to return:2.5 | ?return window:2.5 | ?return period:2.5 | return address:2 | where do i send it back:2 | retun*:1.5 | retrun*:1.5 | reutrn*:1.5 | refnud*:2 | doesnt fit:1 | didnt fit:1 | dont fit:1 | too small:1 | too big:1 | too tight:1 | too large:1 | too short:1 | too long:0.5 | hit my account:1 | in my account:1 | on my account:1 | to my account:1 | no refund yet:1 | still no refund:1 | bigger size:2 | smaller size:2 | larger size:2 | bigger one:1.5 | smaller one:1.5 | exchange it for:2 | exchange for:2 | swap it for:2 | different size:1.5 | 
      refund*:2 | refnd:2 | refun:2 | money back:2 | my money:1.5 | reimburse*:2 | return it:2 | return this:2
      return the item:2 | return the:1 | return*:1.5 | send it back:2 | send back:1.5 | send this back:2 | send them back:2 | return them:2 | take it back:1.5 | exchange it:2 | swap it:1.5 | sent it back:1.5 | ship it back:2
      return label:2 | return shipping:1.5 | return policy:1.5 | how do i return:2 | can i return:2 | want to return:2
      return request:2 | exchange*:1 | give me back:1 | pay me back:2 | credit back:1.5 | store credit:1.5
      partial refund:2 | full refund:2 | rma:2 | restocking fee:1.5`,
    'cancel-order': `placed the order twice:2 | ordered twice:2 | ordered it twice:2 | duplicate order:2 | double order:1.5 | dont ship yet:1 | by accident:1.5 | dont send it:2 | please dont send:2 | void:1.5 | void my:2 | call off:1.5 | by mistake:1 | ordered the wrong:1.5 | i ordered the wrong:1.5 | 
      cancel*:2 | cancle*:2 | cancell*:2 | cansel*:2 | dont want it anymore:1.5 | dont need it anymore:1.5
      no longer need:1.5 | no longer want:1.5 | ordered by mistake:1.5 | ordered by accident:1.5 | accidentally ordered:1.5
      stop the order:2 | stop my order:2 | stop shipment:2 | dont ship:2 | do not ship:2 | dont send:1.5 | do not send:1.5
      void the order:2 | withdraw my order:2 | changed my mind:1.5`,
    'change-order': `pickup point:1.5 | pick up point:1.5 | parcel locker:1.5 | gift wrap:2 | together with my other order:2.5 | combine shipping:2 | ship them together:2 | same package:1.5 | add something to:2 | add to the order:2 | gift wrap:2 | gift message:2 | gift note:2 | add a second:1.5 | same order:1 | add one more:1.5 | 
      change my address:2.5 | change the address:2.5 | change address:2.5 | change of address:2.5 | update my address:2.5
      update the address:2.5 | update address:2.5 | wrong address:1.5 | new address:1.5 | address is wrong:1.5 | typo in my address:2
      correct address:1.5 | ship to a different:2 | send it to:1 | deliver to my:1 | different address:1.5 | moved house:1.5
      change the size:2.5 | change size:2.5 | change the colour:2.5 | change the color:2.5 | change colour:2.5 | change color:2.5
      switch to:1 | swap to:1 | change to:1 | change it to:2 | change my order:2.5 | modify my order:2.5
      edit my order:2.5 | add to my order:2 | add another:1 | combine orders:1.5 | change the quantity:2.5
      can i change:1.5 | can you change:1.5 | want to change:1.5 | need to change:1.5 | please change:1.5 | pls change:1.5`,
    'damaged-defective': `zip keeps getting stuck:2 | zip gets stuck:2 | zip is stuck:2 | zipper keeps:2 | zip keeps:2 | no sound:1.5 | crackl*:2 | keeps stopping:2 | stops all the time:2 | disconnects:2 | keeps disconnecting:2 | one side:1 | rattl*:2 | noisy:1.5 | buzzing:1.5 | squeak*:1.5 | clicking noise:2 | makes a noise:2 | loud noise:2 | strange noise:2 | weird noise:2 | noise cancel*:0 | battery drains:2 | drains fast:2 | drains in:2 | battery dies:2 | dies quickly:2 | doesnt hold a charge:2 | doesnt hold charge:2 | jammed:2 | stuck shut:2 | wont close:2 | wont open:2 | doesnt close:2 | doesnt respond:2 | not responding:2 | unresponsive:2 | lines on the screen:2 | zip broke:2 | zipper broke:2 | zip is broken:2 | zipper is broken:2 | chipped:2 | chip in:1.5 | snapped off:2 | broke off:2 | came off:1.5 | smells burnt:2 | burning smell:2 | wont switch off:2 | doesnt switch off:2 | hairline crack:2 | shrank:2 | shrunk:2 | shrinks:1.5 | faded:1.5 | colour ran:2 | color ran:2 | seam split:2 | seam ripped:2 | came undone:2 | unravel*:2 | flicker*:1.5 | goes off by itself:2 | turns off by itself:2 | keeps turning off:2 | switches off:1.5 | doesnt charge:2 | wont charge:2 | not charge:1.5 | snapped:2 | came off:1.5 | hole:1.5 | holes:1.5 | 
      broken:2 | broke:1.5 | brokn:2 | damaged:2 | damage:1.5 | damged:2 | dammaged:2 | defect*:2 | faulty:2
      cracked:2 | crack:1.5 | shattered:2 | smashed:2 | dented:2 | torn:2 | ripped:2 | scratched:2 | scratch*:1.5
      leaking:2 | leaked:2 | leaks:1.5 | stained:1.5 | stain:1 | dirty:1 | used item:1.5 | looks used:1.5 
         doesnt work:2 | dosent work:2 | doesnt turn on:2 | wont turn on:2
      wont charge:2 | not charging:2 | stopped working:2 | not working:2 | wasnt working:2 | does not work:2 | dont work:2
      dead on arrival:2 | doa:2 | malfunction*:2 | poor quality:1.5 | bad quality:1.5 | cheap quality:1.5 | fell apart:2
      falling apart:2 | came apart:2 | peeling:1.5 | rusty:1.5 | rust:1 | moldy:2 | mold:1.5 | expired:1.5 | melted:2
      not functioning:2 | no power:1.5 | no sound:1.5 | screen is black:2 | flickering:1.5 | beeping:1 | overheat*:1.5
      arrived in pieces:2 | box was crushed:1.5 | crushed:1.5 | bent:1.5 | burnt:1.5 | smells:1 | glitch*:1.5 | buggy:1.5
      hole in:1.5 | holes in:1.5 | loose:1 | wobbly:1 | split:0.5 | only works on one side:2 | only work on one side:2 | one side:1 | only one side:1.5 | intermittent*:1.5 | stopped:1 | died:1.5 | went dead:2 | dead:1 | cuts out:1.5 | keeps disconnecting:2 | wont connect:1.5 | not connecting:1.5`,
    'wrong-item': `only 0 of the 0:2.5 | 0 of the 0:1 | but the label says:2 | label says:1.5 | only 0 were:2 | only 0 in the box:2 | only 0 inside:2 | only 0 in the pack:2 | only 0 came:2 | are missing:1.5 | is missing:1.5 | missing from:1.5 | only got 0 of:2 | only got one:2 | someone else s:2.5 | somebody else s:2 | not what i expected:0.5 | missing part*:2 | missing piece*:2 | parts missing:2 | piece missing:2 | 
      not as described:1.5 | not as advertised:2 | wrong item:2.5 | wrong product:2.5 | wrong size:2 | wrong color:2 | wrong colour:2 | wrong model:2.5 | wrong one:2
      wrong order:2 | wrong thing:2 | wrong book:2 | wrong part:2 | wrong version:2 | wrong:0.7 | sent me the wrong:2.5
      not what i ordered:2.5 | not what i order:2.5 | isnt what i ordered:2.5 | not the one i ordered:2.5 | different item:2
      different product:2 | different color:1.5 | different colour:1.5 | received a different:2.5 | got a different:2.5
      received instead:1.5 | someone elses order:2.5 | somebody elses:2 | not mine:1.5 | mixed up:1.5 | incorrect item:2.5
      only got one:1.5 | only received:1.5 | missing item*:1.5 | one item missing:2 | item missing:1.5 | not the same as the picture:2
      not as pictured:2 | looks different:1.5 | not the right:2 | isnt the right:2 | empty box:2 | box was empty:2`,
    'product-question': `?best way to:1.5 | ?descale:1.5 | ?how often:1 | ?how do i:1 | ?clean*:1.5 | ?care for:1.5 | ?feature:1 | ?have an auto:1.5 | ?auto shut*:2 | ?does it have:1 | ?new or used:3 | ?brand new:2 | ?refurbished:2 | ?second hand:2 | ?is it new:2 | ?how many kg:2 | ?how much does it weigh:2 | ?weight limit:2 | ?fit a laptop:2 | ?fits a laptop:2 | ?included:1.5 | ?come with:1.5 | ?comes with:1.5 | ?work with:1.5 | ?works with:1.5 | question about my order:0 | question about the order:0 | question regarding my order:0 | question about an order:0 | question about my purchase:0 | ?capacity:1.5 | ?weight:1.5 | ?max load:1.5 | ?how much weight:2 | ?load capacity:2 | ?version:1.5 | ?set it up:2 | ?set up:1.5 | how to use:2 | how do i use:2 | how does it work:2 | ?install:1.5 | ?assemble:1.5 | ?original:1.5 | ?genuine:2 | ?authentic:2 | ?suitable for:1.5 | ?safe for:1.5 | ?how big:1.5 | ?how heavy:1.5 | ?how tall:1.5 | ?how wide:1.5 | ?how long is:1 | ?also in:1 | ?come in:1.5 | ?comes in:1.5 | bulk order*:1.5 | ?units:0.5 | ?how long does shipping:2 | ?how long does delivery:2 | ?shipping to:1 | ?ship to:1 | ?deliver to:1 | ?how many days:1 | ?how long to deliver:2 | 
      ?does it:1 | ?does this:1.5 | ?is it:1 | ?is this:1.5 | ?will it:1 | ?will this:1.5 | ?can it:1 | ?can this:1.5
      ?can i use:1.5 | ?do you have:1.5 | ?do you sell:1.5 | ?is there:1 | ?how many:1 | ?how much:1 | ?how big:2 | ?how long:1
      ?how to:1 | ?what is the:1 | ?what size:2 | ?which size:2 | ?fit:1 | compatible*:2 | compatibility:2 | size chart:2
      measurements:1.5 | dimensions:2 | dimension:1.5 | material:1.5 | made of:1.5 | waterproof:2 | water resistant:2
      battery life:2 | in stock:2 | back in stock:2 | restock*:2 | available in:1.5 | does it come with:2 | warranty:1
      instructions:1.5 | manual:1.5 | how to use:2 | how do i use:2 | how does it work:2 | how to install:2 | how to set up:2
      setup:1 | ingredients:1.5 | specs:1.5 | specification*:1.5 | voltage:1.5 | plug type:1.5 | uk plug:1 | eu plug:1
      true to size:2 | run small:1.5 | runs small:1.5 | run big:1.5 | runs big:1.5 | recommend a size:2 | question about:1.5
      quick question:1.5 | before i buy:2 | before buying:2 | before i order:2 | planning to buy:2 | thinking of buying:2
      interested in:1.5 | bulk order:1.5 | wholesale:1.5 | discount for:1 | shipping cost:1 | ship to:0.5 | do you ship to:2`,
    invoice: `for my expenses:2 | expense report:2 | expense claim:2 | expenses:1 | proof of purchase:2.5 | 
      invoice*:2.5 | invioce:2.5 | receipt*:2 | reciept:2 | vat:2 | tax invoice:2.5 | bill:1 | billing:1 | proof of purchase:2
      company name on:1.5 | gst:1.5 | tax id:2 | vat number:2.5 | vat id:2.5 | pro forma:2 | proforma:2`,
    'thanks-positive': `exactly as described:2 | as described:1.5 | will buy again:2 | would buy again:2 | received:0.6 | would buy again:2 | buy again:1.5 | great communication:2 | will buy again:2 | 
      thank*:1 | thx:1 | thnx:1 | thnks:1 | thanx:1 | ty:1 | tysm:1.5 | tnx:1 | tks:1 | cheers:0.5 | appreciate*:1
      love it:2 | loved it:2 | love this:2 | love them:2 | love the:1.5 | great product:2 | great seller:2 | great service:2
      excellent*:1.5 | perfect:1.5 | amazing:1.5 | awesome:1.5 | fantastic:1.5 | wonderful:1.5 | works great:2 | works perfectly:2
      works fine:1.5 | works well:1.5 | fast shipping:1.5 | fast delivery:1.5 | quick delivery:1.5 | arrived safely:2
      arrived today:1 | got it today:1 | received it:1 | received the:0.5 | got it:1 | got the:0.5 | arrived:0.5 | all good:1.5
      very happy:2 | so happy:2 | happy with:1.5 | satisfied:1.5 | pleased:1.5 | recommend*:1 | five stars:1.5
      well packed:1.5 | good quality:1.5 | great quality:2 | nice:1 | good job:1.5 | no problem:1 | no worries:1 | problem solved:2
      resolved:1 | sorted:1 | all sorted:2 | you re the best:2 | youre the best:2 | the best:1 | kind regards:0.2`,
  },
  negated: {
    'where-is-order':
      'received:2 | receive:2 | recieved:2 | recieve:2 | got it:2 | got my:2 | gotten:2 | arrived:2 | arrive:2 | come:1.5 | came:1.5 | shipped:2 | delivered:2 | dispatched:2 | get my:1.5 | here yet:2',
    'damaged-defective':
      'work:2 | works:2 | working:2 | worked:2 | turn on:2 | turns on:2 | charge:1.5 | charges:1.5 | power on:2 | fit:0.5 | function*:2 | as described:1',
    'wrong-item': 'what i ordered:2.5 | the right:1.5 | correct:1 | match*:1.5',
  },
  negBefore: `aint | not | no | never | dont | doesnt | didnt | isnt | wasnt | arent | werent | havent | hasnt | hadnt | cant | cannot
    couldnt | wont | wouldnt | shouldnt | without | nothing | nor | neither | hardly | barely | dnt | dint | aint | doesn t | don t | didn t`,
  question: `where | when | how | what | which | why | who | can you | could you | can i | could i | would you | will you | do you
    does it | is it | is there | are there | any chance | wondering | wonder if | pls advise | please advise | let me know`,
  changeVerb: `add | upgrade | downgrade | increase | reduce | change | changing | changed | update | modify | edit | switch | swap | replace with | correct | amend | instead`,
  orderAttr: `delivery date | delivery time | bundle | units | unit | black | white | red | blue | green | grey | gray | pink | navy | beige | brown | yellow | purple | silver | gold | colours | colors | phone number | phone no | contact number | mobile number | phone | quantity | qty | model | address | size | sizes | colour | color | colours | colors | quantity | qty | model | variant | style | shipping address
    delivery address | apartment | apt | zip | postcode | zip code | postal code | street | house number`,
  positive: `love | loved | lovely | great:0.6 | excellent | perfect | amazing | awesome | fantastic | wonderful | happy:0.8 | glad:0.8 | pleased
    satisfied | very good:1.5 | so good:1.5 | really good:1.5 | nice:0.6 | best:0.6 | brilliant | beautiful | cute | recommend | impressed | superb
    five stars | well done | spot on | smooth | glad | grateful | appreciate | appreciated | love it | works great`,
  negative: `disappointed | disappointing | frustrated | frustrating | annoyed | upset | unhappy | not happy | terrible | awful | horrible | useless | waste of money | fed up | hasnt hit:0.6 | not hit my account:0.6 | not in my account:0.6 | i was home:0.6 | in customs:0.6 | for a week:0.6 | hit my account:0.6 | in my account:0.6 | on my account:0.6 | to my account:0.6 | no refund yet:0.6 | still no refund:0.6 | been ages:0.6 | stuck:0.6 | not moving:0.6 | no update:0.6 | since 0 days:0.6 | 0 days:0.4 | not what i expected | still not:0.6 | still no:0.6 | still havent:0.6 | says delivered:0.6 | shows delivered:0.6 | marked as delivered:0.6 | never got:0.6 | 0 weeks:0.6 | a month:0.6 | hasnt updated:0.6 | not updated:0.6 | disappointed | disappointing | dissapointed | upset | unhappy | annoyed | frustrated | frustrating | terrible | horrible
    awful | bad | poor | worst | useless | garbage | trash | junk | crap | waste | wasted | problem:0.7 | issue:0.5 | issues:0.5 | complain*
    complaint | unacceptable | ridiculous | still:0.5 | again:0.5 | nobody | no one | ignored | ignoring | no reply | no response
    not happy | not satisfied | not ok | not okay | sucks | hate | angry | mad | furious | scam | fake | misleading | lied | liar
    broken:0.5 | damaged:0.5 | defective:0.5 | wrong:0.5 | late:0.5 | delay*:0.5 | never:0.5 | missing:0.5 | lost:0.5 | sad | ugh | sigh | wtf | seriously:0.5`,
  polite: `thank* | thx | thnx | thanx | ty | tysm | please | pls | plz | plss | kindly | appreciate | cheers | regards | best regards`,
  angry: `useless:1 | incompetent:1 | third time:1 | 0rd time:1 | still no answer:1 | still no reply:1 | no one answers:1 | nobody answers:1 | nobody replies:1 | no response:0.7 | ignoring me:1 | ignoring my messages:1 | answer me:1 | reply now:1 | respond now:1 | answer now:1 | 0rd message:1 | 0nd message:1 | 0th message:1 | third message:1 | seriously:0.5 | unacceptable:1 | ridiculous:1 | disgusting:1 | disgraceful:1 | outrageous:1 | pathetic:1 | furious:1 | pissed:1 | fed up:1
    sick of:1 | sick and tired:1 | worst seller:1 | worst service:1 | worst experience:1 | worst:0.5 | wtf:1 | wth:1 | fuck*:1
    f*ck:1 | shit:1 | bullshit:1 | crap:0.5 | idiot*:1 | stupid:1 | incompetent:1 | useless:0.5 | joke:0.5 | a joke:1
    rip off:1 | ripoff:1 | rip-off:1 | cheated:1 | liar:1 | lying:1 | you lied:1 | how dare:1 | shame on you:1 | third time:1
    3rd time:1 | asked 0 times:1 | 0th time:1 | told you:0.5 | ignoring me:1 | keep ignoring:1 | nobody answers:1 | no one answers:1
    fix this now:1 | this is a scam:1 | im done:1 | never again:1 | never buying:1 | never buy from:1 | very angry:1 | so angry:1
    extremely disappointed:1 | beyond disappointed:1 | completely unacceptable:1 | absolutely unacceptable:1`,
  reviewThreat: `negative feedback | negative review | bad review | bad feedback | poor review | poor feedback | neutral feedback
    1 star | one star | 1-star | 0 star review | 0 star | one-star | leave feedback | leave a review | leave review | review accordingly
    feedback accordingly | rate you | rating you | report this seller | warn other buyers | warn others | tell everyone
    post a review | write a review | update my review | change my review | low rating | bad rating`,
  claim: `report this listing | report the listing | report you | reporting you | report the seller | report this seller | reporting you to amazon | reporting you to ebay | reporting you | report you | reporting this seller | open a case | opening a case | open a claim | file a claim | filing a claim | make a claim | a-z claim | claim with amazon
    guarantee claim | money back guarantee | ebay guarantee | item not received case | inr case | open a request with ebay
    report to amazon | report you to amazon | report to ebay | report you to ebay | report to shopee | contact amazon | contact ebay
    contact shopee | escalate* | amazon customer service | ebay customer service | resolution centre | resolution center
    case with ebay | case with amazon | open case | claim`,
  dispute: `contacting paypal | contact paypal | going to paypal | go to paypal | dispute* | disputing | file a dispute | open a dispute | raise a dispute | credit card dispute`,
  chargeback: `call my bank | contact my bank | calling my bank | ask my bank | credit card company | card company | reverse the charge | reverse the payment
    stop the payment | stop payment | cancel the payment`,
  legal: `lawyer* | attorney | legal action | legal steps | sue | suing | court | small claims | police | report you | fraud* | scam*
    scammer* | scammed | consumer protection | trading standards | report to the bbb | report you to the bbb | complaint with the bbb | file with the bbb | better business bureau | ftc | cops | criminal | report this to`,
  urgentNow: `by then | arrive in time | urgent* | asap | a s a p | immediately | right now | right away | straight away | emergency | final warning
    last chance | last warning | as soon as possible | need it now`,
  deadlineMark: `ship | send it | dispatch | gift for | a gift | in time for | by | before | until | till | no later than | at the latest | within | need it by | need it for | need it on
    need it before | needed by | deadline | in time for | latest by | must arrive | has to arrive | needs to arrive`,
  time: `today | tonight | tomorrow | tmr | tmrw | monday | tuesday | wednesday | thursday | friday | saturday | sunday | mon | tue
    wed | thu | fri | weekend | this week | next week | end of the week | 0 hours | 0 hrs | 0h | 0 days | 0 day
    1 day | 1 week | 0 weeks | 0th | 0st | 0nd | 0rd | 1st | 0/0 | christmas | xmas | birthday | wedding | event | party | trip
    flight | holiday | vacation | eod | end of day | noon | morning | afternoon | evening`,
  calm: `not urgent | no rush | no hurry | whenever | when you can | take your time | not in a hurry`,
  packaging: 'box | packaging | package | packing | carton | outer box | parcel | envelope',
  instead: 'only received | only got | i only | instead of | instead',
  ordered:
    'ordered last | ordered on | ordered it | ordered this | ordered from you | i ordered | paid for | i paid for | ordered a | ordered the | ordered size | i bought | bought a | i asked for | i chose | i selected',
  got: 'shipped me | you shipped | sent me | got | received | came | arrived | sent me | you sent | they sent | delivered',
  photo: 'description | the ad',
  differs: 'way off | nothing like | not like | doesnt match | does not match | not the same',
  need: 'need | need it | needed | i need | require | required | gotta have it',
  product:
    'item | the item | this item | product | this product | model | this model | version | this one | these | fabric | cable',
  money: 'money | my money | funds | the amount | my payment',
  pending:
    'still no | still not | still nothing | still waiting | still havent | still hasnt | not yet | yet to | so far',
  parcel: 'order | my order | parcel | package | pkg | delivery | shipment | my stuff',
  late: 'at the hub | in the hub | for a week | for days | since monday | sorting centre | same status | late | delayed | delay | delays | overdue | lost | stuck | held up | taking long | taking ages | so slow',
  arrive:
    'sending | send it | send out | post it | posting | mail it | arrive | arrived | come | coming | get here | turned up | turn up | show up | be delivered | been delivered | be sent | been sent | been shipped | be shipped | ship | dispatch | sent out',
  address:
    'phone number | phone | address | postcode | post code | zip | zip code | zipcode | house number | street | apartment | apt | flat number | suite',
  mistake: 'typo | mistake | wrong | entered wrong | put the wrong | misspelled | incorrect',
  ack: 'ok | okay | alright | sure | noted | got it | fine',
  fake: 'fake | counterfeit | knockoff | knock-off | replica | not genuine | not original | not authentic',
};

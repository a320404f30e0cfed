/**
 * Guards on single intents whose replies presume what a short turn may not say. The intent
 * classifier matches by words and by the embedding, and a few plain turns land on an intent whose
 * replies then tell the user something untrue about their own situation:
 * - "아이가 말을 안 들어서 힘들어" matched a sick child at 0.89 and was told "작은 몸으로 힘들어하는
 *   모습을 보면…": the sick-child intent now needs a sign of illness in the turn;
 * - "배고파" matched feeling unwell at 0.93 and was asked "지금은 어디가 제일 불편해요?": hunger
 *   alone is answered from the intent about meals, and that intent needs a sign in the body
 *   ("밥도 못 먹겠어" after a break-up got "컨디션이 안 좋은 날은…") (session 28).
 * Why guards and not more examples: adding twelve examples for these turns to the corpus moved
 * held-out intent accuracy from 90.3 % to 89.5 % through other intents (the classifier's
 * training shifts with any change to its data), under the 90 % target.
 */

import { FEELING_WORDS } from './feeling-words';

/** Signs of illness, a treatment or a doctor: what the sick-child replies presume. */
const ILLNESS =
  /아프|아파|아픈|아팠|열|감기|병원|기침|토하|토해|토했|구토|장염|입원|약|수족구|독감|콧물|몸이|응급|코로나|[가-힣]염|설사|배탈|두드러기|아토피|수술|진단|검사|링거|수액|주사|천식|다쳐|다쳤|부러|깁스|숨|경기|발진|충치|식은땀|앓|끙끙|골골|컨디션|처져|기운|의사|소아과|해열|체했|체한|배가|머리|목이|귀가|피가|상처|붓|부어|콜록|어지|메스|울렁|속이|쓰려|지끈|욱신|몸살|탈수|물도\s?안|밥도\s?안|못\s?먹|안\s?먹/u;

/** Signs in the body: what the replies about feeling unwell presume ("지금은 어디가 제일 불편해요?"). */
const BODY =
  /아프|아파|아픈|아팠|머리|배가|배탈|속이|속도|체한|체했|체기|토할|토했|구역|메스|울렁|니글|어지|어질|두통|열이|열나|감기|몸|컨디션|기운|힘이\s?없|쓰려|쓰린|쑤|결리|지끈|욱신|띵|저려|뻐근|소화|더부룩|설사|명치|관자|위가|등이|허리|어깨|목이|눈이|상태|골골|찌뿌|무겁|식은땀|부글|꾸룩|꾸륵|콕콕|싸르르|살살|묵직|뒤집|약\s?먹|병원/u;

/**
 * Signs that feelings are mixed or unclear: what the replies about tangled feelings presume
 * ("슬픔과 화, 안도와 서운함이 한꺼번에…"). "안심이 돼요" matched that intent at 0.90 (one of its
 * examples is "안도감이랑 서운함이 동시에 들어요") and was told about tangled feelings (session 29).
 */
const MIXED =
  /모르|모름|헷갈|복잡|뒤죽|뒤엉|엉켜|엉킨|엉망|섞|갈피|오락가락|왔다\s?갔다|반반|동시에|한꺼번에|이상|애매|설명|정리|이름|정체|롤러코스터|소용돌이|갈래|찢어|꼬여|따로|왜\s?이러|왜\s?이럴|왜\s?이래|감이\s?안|뭔지|건지|건가|인지|싶|다가|스위치|목소리|싱숭생숭|뒤숭숭|단어|판단|변덕|바뀌|기도\s?하고|실타래|덩어리|많아서|어렵|어려|이해가\s?안|대답|면서|시원섭섭|[가-힣]데\s?[가-힣]+고/u;

/** A child of the user's: what the replies about a child left out presume ("친구가 없어요" is not a child's). */
const CHILD = /아이|애(?!인|프터)|아들|딸|우리\s?(?:애|집\s?애|막내|첫째|둘째)|자식|중학생|고등학생|초등학생|초딩|중딩|고딩|유치원|어린이집|아기|애기|막내|첫째|둘째|셋째|꼬맹이|녀석|놈|손주|손자|손녀|학부모|담임|학원|게임만|폰만|엄마|아빠|부모|키우/u;

/** Money: what the replies about a couple's money fights presume ("남편이랑 또 싸웠어요" may be about anything). */
const MONEY = /돈|카드|월급|생활비|용돈|빚|대출|지출|저축|적금|투자|주식|코인|경제|쇼핑|사치|비싼|값|가계|통장|할부|명품|보험|집\s?(?:값|살|사)|대출|이자|아끼|절약|펑펑|낭비|만\s?원|[0-9]+\s?만|천만|억|계산|결제|사\s?(?:왔|옴|줬|준|달)|샀|산\s|구매|지르|질렀|예산|월세|전세|관리비|알뜰|짠돌|짠순|씀씀이|헤프|벌이|수입|외벌이|맞벌이|시댁에\s?(?:보내|드리)|친정에\s?(?:보내|드리)|비상금|자금|학원비|비용|현질|금액|축의금|형편/u;

/** A quarrel: what the replies about a fight with mum presume ("엄마랑 통화했어" is not one). */
const QUARREL = /싸우|싸웠|싸움|싸워|다투|다퉜|다툼|말다툼|화[가를내났]|화내|짜증|소리|잔소리|서운|뭐라|욕|대들|언성|큰소리|삐졌|삐짐|말\s?(?:안|도\s?안)|혼나|혼났|혼내|야단|틀어|냉전|갈등|부딪|대판|한바탕|난리|상처|미워|밉|싫|답답|억울|때문에|막말|퍼부|폭발|울었|울고|울면서|무시|간섭|참견|강요|반대|비교|안\s?맞|안\s?통|못\s?알아|차단|문\s?쾅|쾅|싸운|싸울|붙으면|한판|욱|열불|분해|안\s?들어|안\s?읽|나쁜\s?딸/u;

/** A failed exam: what the replies about one presume ("중간고사 기간이에요" is not one). */
const EXAM_FAILED = /망|못\s?(?:봤|본|쳤|친|풀|했)|떨어|낮|틀|점수|등급|성적|실수|말아먹|조졌|폭망|찍|최악|실패|낙제|재시험|빵점|0점|꼴등|꼴찌|결과|나왔|밀렸|내려갔|떨어졌|반타작|아깝|모르겠던|몰라서|하나도\s?(?:안|못)|백지|날렸|깎|F|에프|재수강|과락|미달|컷|불합격|안\s?(?:나왔|됐)|엉망|바닥|한\s?문제|두\s?문제|다\s?틀|시간이?\s?(?:부족|모자)|OMR|마킹|밀려\s?썼|실망|기대\s?이하|생각보다|처참|하나도|멍하|밑이|오답|빨간|허탈|없던\s?일|몰랐|허무|반도|지우고|생각\s?안\s?났|손도\s?못/u;

/** An engagement: what the replies about one presume ("결혼 1주년이에요" is a marriage, not a proposal). */
const ENGAGED = /약혼|프러포즈|프로포즈|청혼|결혼하자|결혼하기로|결혼\s?(?:하자|약속)|반지|상견례|날\s?(?:잡|짜)|예비\s?(?:신랑|신부)|결혼\s?(?:날짜|준비)|결혼(?:을)?\s?(?:한대|해요|합니다|한다|하게|할\s?거)|결혼\s?허락|평생\s?(?:함께|같이)|무릎|결혼하재|결혼해|결혼\s?(?:소식|확정)|시집\s?(?:간|가|갑)|장가\s?(?:간|가|갑)|예비\s?(?:남편|아내)/u;

/** Family: what the replies about a family's pressure to get a job presume ("취업 준비 너무 힘들다ㅠ" names none). */
const FAMILY_WORDS = /부모|엄마|아빠|어머니|아버지|어머님|아버님|집에서|집안|가족|친척|명절|큰아버지|작은아버지|이모|고모|삼촌|외삼촌|숙모|할머니|할아버지|형|누나|오빠|언니|동생|사촌|부모님|친가|외가|시댁|처가|잔소리|집\s?(?:식구|사람)|눈치|언제까지/u;

/** Addressing the bot: what the replies about who the bot is presume ("이름은 초코예요" names a dog). */
const TO_THE_BOT = /너|넌|니가|니는|네\s?(?:이름|정체)|당신|누구|뭐야|뭐예요|뭐니|뭐임|뭔데|뭐에요|이름이?\s?(?:뭐|있|머)|정체|봇|챗봇|AI|ai|에이아이|인공지능|로봇|사람이|사람\s?(?:맞|아니)|기계|프로그램|\?|쉼표|만든|개발|소개|상대|이름\s?좀/u;

/** Privacy: what the replies about where the conversation is kept presume ("내일 또 말 걸어볼까?" is a crush's). */
const PRIVACY = /저장|서버|기록|대화\s?(?:내용|기록)|개인\s?정보|보안|데이터|유출|누가\s?(?:봐|보|읽)|비밀|지워|삭제|남아|남는|로그|엿보|훔쳐|팔아|광고|추적|익명|캡처|보내|어디로|어디에|전송|공유|안전|믿어도|보관|흔적|감시|엄마가\s?(?:보|볼)|들키|수집|클라우드|인터넷|오프라인|폰에|기기|볼\s?수|읽을\s?수|보면|보는|볼까\s?봐|알아\?|알\s?수|새|알려|말하지\s?마|쓰지\s?마|백업|어디까지|올라가|엿듣|사생활|분석|뭐\s?하는|외부|밖으로|개발자|회사가|나만\s?보|남이|대화/u;

/** Language: what the replies about writing in Korean presume ("국어요", a school subject, is not a complaint about one's Korean). */
const LANGUAGE = /한국어|한국말|한글|영어|english|English|언어|외국|일본어|중국어|베트남|日本|中文|반말|존댓말|맞춤법|문법|번역|단어|서툴|못해서|잘\s?못\s?(?:써|해|하)|말이\s?(?:서툴|어색)|표현이|외국인|교포|유학|Korean|korean|뭐라고\s?(?:쓰|써)|[A-Za-z]{3,}|[가-힣]어(?:는|로|도|를|\s?할|\s?돼|\s?가능)|나라\s?말|다국어|국어\s?해|콩글리시/u;

/** A death: what the replies about a grandparent who died presume ("할머니가 요양원 들어가셨어" is not one). */
const DEATH = /돌아가|세상을?\s?(?:떠나|뜨)|떠나(?:셨|보내|시)|떠난|장례|하늘나라|하늘로|하늘에서|별이\s?되|기일|임종|부고|빈소|납골|보내드|여의|소천|영정|발인|추모|산소|묘|사별|곁을\s?떠|잃었|잃고|잃은|없으니|안\s?계|계셨으면|살아\s?계|그립|그리워|보고\s?싶|49재|사십구재|제사|성묘|유품|생전|마지막|못\s?뵙|다시는|돌아올|영영|작별|화장|위독|(?<![가-힣])가셨|가신\s?(?:지|날)|삼일장|조문|상주|49일|백일|1주기|첫\s?기일|천국|못\s?(?:지우|먹|지켰)|입관|영면|쥐여\s?주|찾게\s?돼|선산|모셔|비어|가실\s?줄|생각나|눈물|이제/u;

/**
 * A complaint that the bot misunderstood: what the replies about it presume ("말한 뜻과 다르게
 * 받아들였나 봐요, 미안해요"). "내가 말을 심하게 했어", the user's regret after a fight, matched it
 * at 0.98 (session 30).
 */
const MISUNDERSTOOD =
  /알아듣|알아들|이해|아니(?:라|잖|야|고|거든|었|에요|라고|라구|지)|아닌데|아닌\s?거|다른\s?(?:얘기|이야기|뜻|말)|딴소리|딴\s?얘기|제대로|무시|안\s?통|몇\s?번|헛다리|엉뚱|오해|잘못\s?(?:읽|알|이해|잡|받)|핵심|포인트|의도|질문|넘겨짚|소통|반대로|다시\s?(?:봐|읽|물어|말)|안\s?했는데|한\s?적\s?없|상관\s?없|말고|뜻|못\s?알|내\s?말|내\s?얘기|내\s?문장|그런\s?(?:말|얘기)|뭔\s?소리|무슨\s?소리|언제\s?그렇게|왜\s?[가-힣]+\s?(?:얘기가|를\s?해|을\s?해)|말귀/u;

const NEEDS: Readonly<Record<string, RegExp>> = {
  // Session 40 (shorthand): every reply presumes hot weather ("습하고 더운 날엔…"); "오늘 과제 때문에
  // 죽는 줄" (the examples' "쪄 죽는 줄", "녹는 줄") had got it. A word of heat or summer is needed.
  life_daily_hot_weather: /더워|더운|덥|더위|열기|옷\s?(?:다\s?)?젖|폭염|찜통|찜질|사우나|불가마|불지옥|땀|에어컨|선풍기|손풍기|습도|습해|습하|습기|끈적|열대야|햇볕|햇빛|뙤약볕|뜨거|녹는|녹아|녹았|녹을|쪄\s?죽|푹푹|후덥|여름|[0-9]{2}\s?도|아이스|얼음|냉면|양산|선크림|탔어|그늘|🥵|🫠|☀️/u,
  // Session 39 (longfix): every reply presumes the final round was lost; "카카오 최종면접" after "나 오늘
  // 면접봤어" had got "문 바로 앞에서 돌아서야 하는 기분은…" while the result was a week away.
  job_final_round_rejected: /떨어|탈락|불합|최탈|고배|닫혔|미끄러|넘어졌|못\s?넘|못\s?했|안\s?됐|없었|아쉽게도|역량은|결과|떨어짐/u,
  // Session 38 (youngb): every reply presumes a holiday ("이번 연휴에…"); "새벽인데 혼자라서 외로워요"
  // on an ordinary Sunday had got it. A holiday, a festive night or everyone else away is needed.
  lonely_holidays_alone: /연휴|명절|설날|(?:^|\s)설(?:에|이|은|날|\s?연휴)|추석|한가위|크리스마스|성탄|이브|연말|새해|신정|구정|휴일|빨간\s?날|공휴일|어린이날|어버이날|떡국|송편|세배|성묘|12월\s?31일|카운트다운|캐럴|불꽃|고향|가족(?:이랑|끼리|들이랑)|남들\s?다|다들|평일처럼|[0-9]+월\s?[0-9]+일|마지막\s?날|송년|한\s?해|시즌/u,
  meta_complaint_not_understand: MISUNDERSTOOD,
  // Session 35: a quarrel in a class group chat is no parents' fight; a friend with a new partner
  // is no friend moving away; "아빠 생각도 나고" no harsh words heard; a visit that was a happy day no
  // chapter closed (the bittersweet replies presume an ending).
  family_parents_fighting: /부모|엄마|아빠|어머니|아버지|두\s?분|양친|집|가족|정적/u,
  friends_moving_away: /이사|이민|유학|떠나|떠난|멀리|먼\s?데|전학|지방|해외|외국|워홀|송별|배웅|이삿짐|발령|못\s?본다|못\s?보|명절에나|간대|간다|가는데|가버|나갔|내려가|비행기|공항|출국|시차|비자|영상통화|D-|제주|영국|일본|미국|호주|캐나다/u,
  // "조금 나아진 것 같아요" after the songs matched self-blame ("…것 같아요" like its examples) and was
  // asked what the self-blaming voice says (session 35): its replies presume blame.
  self_blame_all_my_fault: /탓|때문|땜에|잘못|책임|원인|자책|미안|죄|망쳤|망친|모자라|못나|부족|실수|노릇|불찰|그르|후회|바보|화살|문제는|(?:내|제|나|저)\s?(?:문제|자신)|(?:했|였|참았|말았)(?:으면|더라면)|했어야|못\s?했을까|밖에\s?못|못\s?해서|안\s?해서|나만|저만|내가|제가|나\s?때문|저\s?때문/u,
  // "요즘 너무 지쳐" matched money running short at 0.98 (session 30): its replies presume money.
  money_tight_general: new RegExp(`${MONEY.source}|쪼들|쪼달|쪼그|거지|동전|가격|무일푼|지갑|잔고|잔액|버티|버틸|빈털|주머니|한\\s?푼|가난|빠듯|텅장|남는\\s?게|현금|계좌|살아남|적자|겨우|이번\\s?달|다음\\s?달|월말|궁핍|여유가?\\s?없|마이너스|못\\s?사|살\\s?수가|비싸|라면만|굶|밥값|차비|버스비|교통비|쓸\\s?돈|용돈|원짜리|[0-9]+\\s?원|천\\s?원|백\\s?원`, 'u'),
  parenting_child_sick: ILLNESS,
  // "수진이가 오늘 아침에 떠났어" (a friend gone abroad) had got "동물이라서 덜 슬픈 게 아니에요" (session 34):
  // a pet's death needs a sign of a pet.
  grief_pet_died: /강아지|고양이|반려|냥이|멍멍|댕댕|햄스터|앵무|토끼|고슴도치|거북|(?<![가-힣])개(?=[가는를도랑]|\s|$)|무지개|하늘나라|별이|보내줬|보냈|보내서|안락사|화장|사료|산책|동물|펫|밥그릇|간식|목줄|털|꼬리|집사|애기|아이|녀석|우리\s?(?:애|[가-힣]{1,3}(?:가|이|를|는|\s))|애가|애를|키우|햄찌|물고기|병아리|노견|노묘|발소리|살렸|데려|세월|눈을\s?감/u,
  // "밥도 못 먹겠어" after a break-up is grief, not a stomach upset.
  life_health_feeling_unwell: BODY,
  mood_mixed_up_feelings: MIXED,
  // Session 29: confident intents whose replies told the user what they had not said.
  parenting_child_left_out: CHILD,
  marriage_money_fight: MONEY,
  family_fight_with_mom: QUARREL,
  school_exam_failed: EXAM_FAILED,
  dating_got_engaged: ENGAGED,
  job_parents_pressure: FAMILY_WORDS,
  meta_who_are_you: TO_THE_BOT,
  meta_privacy: PRIVACY,
  meta_language: LANGUAGE,
  grief_grandparent_died: DEATH,
  // "수학이요", a subject named in answer, was asked why the user thinks of a leave of absence.
  // "암이래", news in three letters, matched a short "yes" and was told "그랬군요".
  // Session 38 (retr): "근데 아무도 나 없는거 몰랐다는게 좀 그렇네" (left out of a family photo) matched a
  // long unrequited love («이 짝사랑을 이어가고 싶은 마음…»): its replies presume a love.
  love_unrequited_long: /좋아|짝사랑|외사랑|사랑|고백|설레|두근|관심|호감|그\s?사람|걔|그\s?애|썸|연락|짝남|짝녀|오빠|선배|포기|정리|접|혼자\s?(?:좋|기대|마음|애|실망)|마음|바라보|그\s?분/u,
  conv_short_agree: /맞|그치|동의|그러니까|그쵸|그렇|그러게|응|웅|엉|어어|네|넹|넵|예|인정|ㅇㅈ|ㄹㅇ|ㅇㅇ|그니까|내\s?말이|그런|당연|그럼|그거|그랬|그래|ㅇㅋ|오케|알겠|ok/iu,
  uni_leave_of_absence: /휴학|학교|학기|복학|쉬|쉴|등록|졸업|유예/u,
  // "네 줄여볼게요" (커피를) was told "네, 조심히 가요!".
  meta_goodbye: /갈게|가\s?볼게|갈래|가야|가요|잘\s?(?:자|있|지내)|잘게|잘래|자러|자야|안녕|바이|bye|빠이|ㅂㅂ|ㅃㅃ|이만|다음에|나중에|또\s?(?:올게|봐|와|만나|얘기|이야기)|들어갈게|끝|그만|퇴근|로그아웃|나갈게|쉴게|쉬러|수고|내일\s?(?:봐|만나|또|얘기)|굿\s?(?:밤|나잇)|good\s?night|see\s?you|꺼야|끌게|끄고|종료|여기까지|마칠게|마무리|잠\s?(?:자|잘)|담에|가\s?봐야|씨유|간다|이쯤|ㅃㅇ|슝/iu,
};

/**
 * Signs that a turn tells the opposite of what an intent's replies presume: someone else ended it
 * ("걔가 먼저 헤어지자고 했어" got the replies for the one who broke up), someone else was promoted
 * ("회사 동기가 먼저 승진했어" was congratulated), a loan refused rather than a confession
 * ("대출 거절당했어요", session 29).
 */
/** Someone in the user's life: a complaint about what they say is not a complaint about the bot. */
const THIRD_PERSON = /시어머니|시아버지|어머님|아버님|엄마|아빠|부모님|시댁|친척|친구|동료|상사|팀장|부장|과장|남편|아내|와이프|남친|여친|선생님|교수님|걔|쟤|그\s?사람|사람들|(?:물어|말씀|하)(?:보)?(?:시|실|셔)/u;

/** Someone alive, spoken of as such: grief's replies ("그런 후회조차 그리움의 다른 모습이죠") do not fit. */
const ALIVE = /살아\s?계(?:실|신|시는)\s?(?:때|동안|데|는데)[^.?!]*(?:싶|드려야|해야겠|하려고|할래|해\s?드리)|아직\s?(?:살아\s?계|건강하|정정하)|살아\s?계신데|살아\s?계시는데/u;

/** Signs of illness other than 열, which is also a number ("열다섯") and a word's start ("열심히"). */
const ILLNESS_NOT_TEN = ILLNESS.source.replace('|열|', '|열(?:이|\\s?나|\\s?때문|감|까지|\\s?내리|\\s?올라)|[해미고발]열|');

const AVOIDS: Readonly<Record<string, RegExp>> = {
  // Session 40 (daily): "열다섯 살이거든요" (an old dog's age) matched a cold on its 열 and was asked
  // "곁에서 챙겨 줄 사람은 있어요?": 열 as a number or in 열심/열정, with no sign of illness, is no cold.
  life_health_sick_cold: new RegExp(`^(?!.*(?:${ILLNESS_NOT_TEN})).*열(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|심|정|쇠|등|차|\\s?(?:번|살|개|명|시간|년|달|마리|장))`, 'u'),
  // Session 40 (daily): a move weeks or months ago is no moving day; "아직 박스도 다 못 풀었어요" after
  // "3주 전에 이사했어요" had got «오늘은 몸부터 좀 쉬어주세요. 이사 가는 곳은 어떤 동네예요?» (story-wide).
  move_moving_day: /(?:[0-9]+|한|두|세|네|몇|반|여러)\s?(?:달|주|주일|개월|년|해)\s?(?:전에?|쯤\s?전에?|째)\s?(?:[가-힣]+\s)?이사|이사\s?(?:온|한|간|오고|하고|와서|해서)\s?(?:지|후로?|뒤로?|나서)?\s?(?:벌써\s)?(?:[0-9]+|한|두|세|네|몇|반|여러)\s?(?:달|주|주일|개월|년|해)\s?(?:됐|되|넘|지났|째|이|가|나)/u,
  // Session 39 (invent): "여자 둘이 부를 거야" (a duet for a friend's wedding) was told «질투를 느끼는 것 자체는 잘못이 아니에요».
  dating_jealous_partner_friend: /부를\s?(?:거|게|건|노래|곡)|축가|노래|듀엣/u,
  // Session 38 (youngb): a cloudy or rainy day is no sunny one ("날씨가 좀 흐리네요" had got «햇살이…»).
  life_joy_sunny_day: /^(?!.*(?:맑|해\s?(?:가\s?)?(?:떠|떴|났|보)|화창|파랗|햇|개었|갰|딴\s?세상|(?:흐리|흐렸|우중충|비\s?오)[가-힣]*(?:다가|더니|는데|었는데|했는데))).*(?:흐리|흐림|흐려|흐린|우중충|비\s?(?:와|온|오|옴|내)|비가\s?(?:와|온|오|옴|내))/u,
  // Session 32's family stories: the living spoken of as the dead, the user adopted as a pet,
  // a dream for the future as a nightmare, "누구한테 배신당했어" as "who are you".
  // A fight over what the dead left is a family quarrel, not grief's regrets (session 34).
  grief_grandparent_died: new RegExp(`${ALIVE.source}|소송|상속|재산|(?:유산|땅|집)\\s?(?:때문|문제|싸움|분쟁|을\\s?두고)`, 'u'),
  grief_death_anniversary: ALIVE,
  grief_reminders_everywhere: ALIVE,
  grief_moving_on_guilt: ALIVE,
  family_parent_health_worry: /^(?!.*(?:편찮|아프|아파|병|입원|수술|검사|쓰러|치매|암)).*(?:아직|다행히|지금은)\s?(?:[가-힣]+\s)?(?:건강하|정정하)/u,
  pets_adopted: /^(?!.*(?:강아지|고양이|냥|멍|유기|보호소|댕댕|개를|개가|햄스터|토끼|새끼)).*(?:입양\s?(?:됐|되었|된|돼|되어|아)|친부모|친엄마|친아빠|양부모|입양\s?(?:사실|가정))/u,
  life_sleep_nightmare: /꿈이\s?[가-힣]+(?:였|이었|야|예요|이에요|이야|라서|인데)|꿈은|꿈을\s?(?:포기|접|이루|키우|찾|위해)|되는\s?게\s?꿈|장래|꿈꾸던|꿈\s?많던|어릴\s?(?:때|적)\s?꿈/u,
  meta_who_are_you: /당했|당함|당해|배신|한테|에게|누구(?:랑|하고|를|한테|때문)/u,
  // Session 38 (feel): one word had picked these intents for a turn they do not fit. Spring
  // flowers outdoors are no house plant ("벚꽃이 많이 피었어요" → "요즘 식물 돌보는 시간은…"); a pillow
  // fight no sibling quarrel; a day at work told as over no arrival ("회사 갔다가 밥먹고 왔지" →
  // "아침은 좀 챙겨 먹고 나왔어요?"); someone else's trip not the user's; a tip for a restaurant no
  // meal eaten; coffee bought for someone no coffee break; one low feeling alone no bittersweet end.
  life_joy_plant_bloomed: /(?:벚꽃|개나리|진달래|철쭉|유채꽃|목련)(?!\s?분재)|꽃\s?(?:놀이|구경|축제)|꽃길/u,
  family_sibling_fight: /베개/u,
  // A parent's old days retold ("80년대에 강원도에서 근무하셨대요") are no family's good news.
  family_good_news: /[0-9]{2,4}\s?년대|옛날|예전에|젊(?:었|으셨)을\s?(?:때|적)|시절|근무하셨|복무하셨/u,
  life_travel_trip: /(?:^|\s)(?:집사람|아내|와이프|남편|엄마|아빠|부모님|친구|친구들|동생|언니|누나|오빠|형|애들|아들|딸|영감|마누라|동료)(?:이|가|는|도|들이|들은)\s[^.!?]*(?:여행|놀러)\s?(?:을\s?)?(?:갔|떠났|간대|갔대|간다|가요)/u,
  life_joy_good_meal: /추천(?:을|도|만)?\s?받|추천해\s?(?:줬|주)/u,
  life_daily_coffee_break: /사\s?(?:줬|줌|드렸|주니|줬더니)/u,
  // "어제" alone (when a break-up happened) matched a hangover (session 32).
  life_daily_hangover: /^(?:어제|그저께|엊그제|그제|아까|오늘|지난주|저번주|지난\s?주말|주말에)(?:요|이요|에요)?\s*[.?!~]*$|^(?!.*(?:술|취해|취한|취했|필름|마시|마셨)).*(?:장문|긴\s?(?:카톡|톡|메시지|문자))/u,
  // "뭐라고 말해야 그만 물어보실까요", about a mother-in-law, was told "자꾸 되물어서 부담스러웠나 봐요" (session 30).
  // "그 말이 계속 머리에 맴돌아" (a friend's words) was told "자꾸 되물어서 부담스러웠나 봐요" (session 32).
  meta_complaint_repetitive: new RegExp(`${THIRD_PERSON.source}|맴돌|머리에|머릿속|생각나|떠올|잊혀|안\\s?잊|곱씹`, 'u'),
  // "내 잘못도 아닌데", the story of a scolding going on, is not a complaint that the bot misunderstood.
  // A third helper's round (session 30): pay called good is not pay too low; a friend of ten years
  // is not a freshman's lack of friends; a rejection last year is not one today; the app set up by
  // a daughter is not a child's sweet moment; a past loss that colours a pregnancy now is not the
  // loss; a teenager told off about games is not the parent of one.
  money_salary_too_low: /나쁘지\s?않|괜찮|많이\s?(?:받아|받고\s?있|줘|주)(?!\s?줄|는\s?줄)|높(?:은|아|고)|센\s?편|짭짤/u,
  uni_freshman_no_friends: /(?:[0-9]+|십|이십)\s?년\s?(?:친구|지기|우정|된\s?친구)|오랜\s?친구|절친|베프|불알친구/u,
  // A daughter's rejection, told by her mother ("최종면접에서 떨어졌다고 방에서 나오질 않아요"), is no rejection
  // of the user's: "그 회사에 가고 싶었던 이유가 뭐였어요?" (session 35).
  job_final_round_rejected: /었었|였었|작년에도|지난번에도|전에도|더\s?떨|떨려|내일|모레|앞두고|다음\s?주|나오질\s?않|안\s?나와|(?:딸|아들|딸아이|애|아이|동생|남편|아내|친구|조카|손주)(?:가|이|는|도)\s/u,
  parenting_child_sweet_moment: /깔아\s?(?:줘|줬|주)|설치해\s?(?:줘|줬|주)|앱|어플|이거\s?(?:깔|해\s?봅|써\s?봅)/u,
  grief_pregnancy_loss: /초기라|전에\s?한\s?번|있었어서|있어서\s?(?:더|너무|또)?\s?(?:불안|걱정|무서)|(?:지금|이번에|다시)\s?(?:임신|아기가\s?생)/u,
  parenting_child_gaming_withdrawn: /(?:보게|하게|만지게|켜게)\s?(?:돼|되|됨)|(?:엄마|아빠|부모님?)(?:가|는|이|께서|도)?\s?(?:[가-힣]+\s){0,3}(?:그만|하지\s?말|하라고|뭐라|잔소리|혼내|혼났)|(?:^|\s)(?:나|저)\s?(?:중|고)[1-3]|(?:중|고)[1-3](?:임|이에요|예요|이요)|빡친|빡쳐|빡침|랭크|티어|랭겜|게임하느라\s?(?:잠을?\s?)?못\s?자|(?:^|\s)(?:나|내가|저|제가|난|전)\s(?:[가-힣]+\s){0,3}게임/u,
  // A rude customer's shouting is no complaint about the bot ("반말하면서 소리지르고 감", session 35).
  // Nerves before a first day ("좀 떨리기도 하고") are no complaint either (session 36).
  // Nor is a first relationship's shyness ("손잡는것도 어색해", session 38 retr).
  // Nor the user's own answers that failed ("대답을 하나도 제대로 못했어요", an interview; session 40, daily).
  // Nor are the user's own hurt or regret ("좀 서운하네요" about parents, "그 말은 하지 말걸 그랬나봐"
  // after a fight with a sister, session 36).
  meta_complaint_weird_answer: new RegExp(`${THIRD_PERSON.source}|소리\\s?(?:지르|질러|질렀)|반말(?:하|로|을)|욕(?:하|을|먹)|진상|손님|떨리|떨려|설레|긴장|^(?:좀|조금|그냥|많이|너무|살짝)?\\s?서운(?:하네요|해요|하다|하네|함|하더라)[.ㅠㅜ]*$|말걸|할걸|했을걸|걸\\s?그랬|괜히\\s?(?:말|했)|후회|손\\s?(?:잡|을\\s?잡)|스킨십|데이트|뽀뽀|팔짱|연애|대답(?:을|도|은)?\\s?(?:하나도\\s?|제대로\\s?|잘\\s?|결국\\s?|거의\\s?)*못\\s?(?:했|하|한)`, 'u'),
  // Rudeness or complaints are not praise ("너랑 얘기하기 싫어" was thanked for the kind words; session 30).
  // "뿌듯하네요" is the user's own pride, not praise of the bot (session 34).
  meta_compliment_bot: /뿌듯|대견|기특|자랑스럽|싫|못\s?해|못\s?하|별로|짜증|구려|구리|노잼|최악|답답|바보|멍청|이상해|이상하|왜\s?이래|재미\s?없|쓸모|꺼져|닥쳐|탈이|소리\s?(?:들|를\s?들)|(?:라고|이라고|하다고|하대|하대요|래요|대요)|들었/u,
  // A score that came out well is not a bad one ("생각보다 잘나옴" was consoled; session 30).
  school_suneung_bad_score: /^(?!.*(?:망|못\s?(?:봤|본|쳤)|떨어|낮|최악|실패|말아먹|조졌)).*(?:생각보다\s?잘|잘\s?(?:나옴|나왔|나와서|봤|본\s?것|쳤)|점수\s?(?:올랐|잘)|만점|대박)/u,
  // Widowhood and children grown and gone are not life after a divorce ("아이들은 다 출가했고 혼자
  // 있어요", after a husband's death, was asked what changed most since the divorce; session 30).
  // Eating with anyone at all is no couple grown apart ("누구랑 밥 먹은 게 언제인지 기억도 안 나", a
  // single office worker, was asked what they want to hear from their spouse; session 36).
  // A holiday spent working is no holiday alone ("추석 연휴에도 나와서 만든 건데", about work a boss took
  // credit for, was told "다들 누군가와 함께하는 날에 혼자인 마음"; session 36).
  lonely_holidays_alone: /나와서|출근|근무|일하|일했|만든|만들었|야근|특근|작업/u,
  marriage_feel_like_roommates: /누구(?:랑|와|하고|도|한테)|아무(?:랑|와|하고|도)|혼자\s?밥|자취|회사\s?-?\s?집/u,
  marriage_after_divorce: /출가|사별|먼저\s?(?:갔|가셨|떠났)|돌아가|세상을?\s?떠|(?:남편|아내|영감|집사람)\s?(?:보내고|보낸\s?지|잃고)|장례|하늘나라/u,
  breakup_initiated_guilt: /(?:걔|쟤|그쪽|남친|여친|남자\s?친구|여자\s?친구|애인|상대|그\s?사람|그\s?애|전\s?남친|전\s?여친|남편|아내|와이프|오빠|자기)(?:가|이|는|은|도|쪽에서|쪽이)?\s?(?:먼저|(?:나를?|날|저를?)?\s?(?:찼|차\s?버|차더라))|차였|차임|차인\s?(?:거|것)|통보\s?받|통보를\s?받/u,
  // A boss promoted on the user's work is no celebration ("팀장이 내가 만든 자료로 승진 심사 발표했대" was
  // congratulated, session 36).
  work_promotion: /내가\s?(?:만든|한|쓴|준비한)|가로채|가로챘|뺏|훔쳐|(?:팀장|부장|과장|차장|상사|사수|대리)(?:님)?(?:가|이|는|은|도)\s?(?:[가-힣]+\s){0,4}승진(?:했|함|하|심사|됐|되)|(?:동기|동료|후배|선배|친구|걔|쟤|그\s?사람|[가-힣]{1,3}\s?씨|팀원|입사\s?동기)(?:가|이|는|은|도|만)\s?(?:먼저|벌써|나보다|나\s?대신)?\s?(?:[가-힣]+\s)?승진|나만\s?(?:승진\s?)?(?:못|안|누락)|승진\s?(?:누락|탈락|못|안\s?됐|에서\s?밀|떨어)/u,
  // Someone else's enlistment, seen off ("훈련소 들어가는 거 보고 왔어요", a mother, was told "지금 당신이
  // 느끼는 막막함은 충분히 진짜예요").
  military_enlisting_soon: /(?:아들|남친|남자\s?친구|남동생|오빠|조카|손주|손자|애인|남편|신랑|사촌|큰애|작은애|우리\s?애|막내|막둥이|둘째|첫째|큰아들|작은아들)(?:가|이|는|은|도)\s?(?:[가-힣]+\s){0,2}(?:군대|입대|훈련소|입영|입소)|(?:아들|남친|남자\s?친구|남동생|오빠|조카|손주|손자|애인|남편|신랑|큰애|작은애)(?:을|를)\s?(?:[가-힣]+\s){0,2}(?:보내|보냈|배웅)|들어가는\s?(?:거|것|모습)\s?보고|배웅|전역했|전역한|제대했|제대한|(?:갔다|다녀)\s?왔|(?:아들|남친|동생|조카|손자)[^.?!]{0,10}(?:군대|입대)\s?(?:보냈|시켰)|군대\s?보냈/u,
  // Medicine and being unwell are not a meal ("약은 먹었어" after a stomach ache was asked about
  // favourite foods).
  // Nor is a meal skipped ("밥도 안 먹었고", a third year of failed exams, lying in bed all day; it was
  // asked about a favourite food, session 35).
  life_daily_what_i_ate: /약\s?(?:은|을|도|만)?\s?(?:먹|챙|사)|병원|아파|아프|체했|체한|토했|토할|설사|장염|속이\s?(?:안|쓰|메)|잘못\s?먹|밥도\s?(?:안|못)\s?(?:먹|챙)|끼니(?:를|도)?\s?(?:거르|걸러|못\s?챙)|입맛(?:이|도)?\s?없/u,
  // Sleep that is long enough ("잠은 8시간 자는데도 그래") is not sleeplessness.
  life_sleep_insomnia: /(?:자는데도|잤는데도|잘\s?자는데|푹\s?잤|[0-9]+\s?시간(?:이나|씩|을)?\s?(?:자|잤|자는|잔))|잠만\s?(?:자|잠|잔|와)|자기만\s?해|하루\s?종일\s?(?:자|잠|누워)|너무\s?많이\s?자|과수면/u,
  // A card stopped after a lost wallet is not budgeting ("카드는 정지했어").
  money_budgeting: /(?:카드|계좌|통장)[^.?!]{0,6}정지|분실|잃어버|도난|훔쳐/u,
  // A teacher's or professor's scolding is not a boss's ("교수님한테 혼났어" was told "일하다 꾸지람을 들으면…").
  work_scolded_by_boss: /교수|선생님|쌤|담임|학원|과외|조교|선배가\s?과제/u,
  // A broken engagement is not the stress of preparing a wedding.
  marriage_wedding_prep_stress: /파혼|결혼이?\s?(?:취소|엎어|깨졌|무산)/u,
  // One's own screen time is not a child's ("폰을 자꾸 보게 돼요", a student, was answered as a parent);
  // see also the session-30 entry above.
  // A school subject given in answer ("영어", "국어요") is not a remark about one's Korean.
  // Praise for a teacher is not a scolding ("담임쌤이 너무 좋아").
  school_teacher_scolded: /상담\s?(?:쌤|선생)|편하게\s?(?:갔|가)|(?<!안\s?)좋아|(?<!안\s?)좋은|(?<!안\s?)좋으|최고|감사|고마|친절|재밌|존경|멋있|멋지|다정|따뜻|여쭙|여쭤|말씀\s?(?:좀|드릴|드리|여쭙)|질문\s?(?:좀|하나|있)|물어\s?(?:볼게|봐도|볼\s?게)/u,
  // Money taken by force is not money running short ("돈도 뺏겼어" after being hit at school).
  money_tight_general: /뺏|빼앗|뜯겼|뜯어|삥|갈취|털렸/u,
  // A grandchild, a child or a parent far away is not a long-distance partner.
  longdistance_miss_partner: /손주|손자|손녀|아들|딸|부모|엄마|아빠|어머니|아버지|할머니|할아버지|조카/u,
  // The user told the secret ("내가 걔 비밀을 다른 애한테 말했거든") or was blocked ("걔가 나 차단했어").
  friends_secret_told: /(?:내가|제가)\s?(?:[가-힣]+\s){0,2}비밀을?\s?(?:[가-힣]+\s){0,3}(?:말했|말해\s?버|얘기했|얘기해\s?버|퍼뜨|소문)/u,
  friends_want_to_cut_off: /(?:걔|친구|그\s?사람|그\s?애|쟤|그\s?친구)(?:가|이)\s?(?:먼저\s)?(?:나|날|저|절|나를|저를)\s?(?:먼저\s)?(?:차단|손절|끊)/u,
  // Session 38 (retr): "나 차인건가" asks; it was answered as a rejection told («거절당했다고 해서 별로인
  // 사람이 되는 건 아니에요»).
  love_confess_rejected: /(?:차인|차였|까인|거절당한|거절\s?당한)\s?(?:건가|걸까|건지|거야|거임|거냐|거\s?아냐|거\s?아님|나|냐)\s*[?？ㅠㅜ.…]*$|(?:차인|차였|까인)[^.!?]*[?？]\s*$|거절(?:함|했|했어|했다|해\s?버렸)|내가\s?거절|대출|카드|신청|지원서|서류|결재|제안서|기획안|승인|비자|보험|청약|입사|계약|예약|환불|주문|논문|투고|심사|공모|출판|원고|가입|입학|이직|면접|거래/u,
  // Session 31: the user's own wedding (or marriage of five years) is not a friend's wedding
  // attended; a son seen off, or a discharge, is not one's own enlistment; a husband leaving for
  // work is not the user arriving; mixed thanks to others ("고맙기도 하고 뭔가 허하네") are not thanks to the bot.
  // Session 39 (invent): "친구 결혼식 축가 추천해줘" is a wedding ahead, not one attended ("오늘 유독 눈에 들어온 순간이 있었어요?").
  friends_wedding_attended: /축가\s?(?:[가-힣]+\s)?(?:추천|골라|뭐|뭘|고르|고민)|추천\s?(?:해|좀|부탁)|(?:^|우리\s?|제\s|내\s)(?:딸|아들|큰애|작은애|막내|자식|애)(?:의|이|가|네)?\s?결혼|축가를?\s?(?:부르게|불러야|맡|하게)|(?:이번|다음)\s?(?:주\s?)?(?:토요일|일요일|주말)(?:이|에|이야|이에요)?|결혼식(?:이|은)\s?(?:이번|다음|내일|모레)|(?:내|제|우리)\s?결혼|결혼식(?:이에요|이야|임|이라서|인데요?)\s*$|(?:다음|이번)\s?(?:주|달)(?:가|에|이|는)?\s?(?:제\s?)?결혼식|결혼(?:해서|한\s?지)\s?(?:[0-9]|한|두|세|네|다섯|여섯|일곱|여덟|아홉|십)|결혼\s?(?:준비|앞두)|예비\s?(?:신부|신랑)/u,
  work_arrived_at_work: /(?:남편|아내|와이프|엄마|아빠|애|아이|동생|형|오빠|언니|누나|남친|여친|신랑)(?:이|가|는|은)\s?(?:[가-힣]+\s){0,4}출근|(?:부터|날)\s?출근|출근\s?(?:예정|날|일이|해요\s?다음|한대|하게\s?됐)|다음\s?주|내일\s?(?:부터\s?)?출근|월요일부터|첫\s?출근\s?(?:앞|이\s?다가|날이)|갔다가|다녀왔|갔다\s?(?:왔|옴)|퇴근/u,
  // Thanks for someone else ("건강하게 돌아와서 너무 고마워요", a son home from the army; "그래도 마음은
  // 고맙지요", children offering a party) is not thanks to the bot (session 36).
  meta_thanks: /고맙기도\s?하고|고마우면서|고맙지만|고맙긴\s?한데|(?:후배|친구|동료|엄마|아빠|부모님|남편|아내|선생님)(?:들)?(?:이|가|한테|에게|께)?\s?(?:[가-힣]+\s){0,3}고마|(?:돌아와|무사히\s?와|건강하게|살아\s?와|태어나)[^.?!]{0,8}(?:고마|감사)|마음(?:은|만은|만큼은)\s?(?:참\s?|너무\s?)?(?:고맙|고마워|감사)/u,
  // "저는 기억도 안 나는데 ㅋㅋ" (an old friend's memory of the user) was welcomed back (session 31).
  // "ㅋㅋ 나 또 차임" (dumped again) and "5만원이지만 ㅋㅋ" are no return visit (session 36).
  // "다시 데리고 들어왔어" (a dog brought back in) is a story, no return visit (session 36, memory).
  meta_greeting_again: /기억(?:도|이|은)?\s?안\s?(?:나|난|남)|차임|차였|까임|떨어|해고|잘림|잘렸|망함|망했|만원|지만|데리고|데려(?:왔|갔|다|와)/u,
  // A parent's fear of dying ("제가 잘못되면 우리 애는 어떡하나", a mother with cancer) is not a worry
  // to walk through to its worst case ("정말 그렇게 된다면, 그다음에 가장 걱정되는 건 뭐예요?", session 33).
  conv_what_if_it_goes_wrong: /(?:제가|내가)\s?(?:잘못되|죽|떠나|없어지|못\s?깨어)|시한부|(?:암|항암|투병)(?:이|을|인데|\s?중|\s?환자)/u,
  // Session 33's terse answers: someone confessing to the user is not the user's confession
  // accepted; a presentation done is not one tomorrow; everything being hard is not a day of
  // nothing much; a blackout is not "I don't know"; a yes with more after it is not a bare yes.
  // A bare "ㅋㅋㅋ 미쳤지" after "나 오늘 고백함" is no yes (it was told "오늘부터 1일이라니…", session 35).
  love_confess_success: /^[ㅋㅎ\s]*(?:미쳤|미친|돌았|대박|헐)[가-힣]*\s*[?!.ㅋㅎ~]*$|^(?!.*(?:좋다고|오케이|받아\s?줬|받아줘|사귀|1일|수락|그러자고)).*(?:고백\s?(?:을\s?)?받|대답\s?(?:안|못)\s?(?:함|했|해)|고민\s?중)/u,
  life_event_presentation_tomorrow: /^(?!.*(?:내일|모레|앞두|다음\s?주)).*(?:끝남|끝났|끝냈|마쳤|마침|잘\s?(?:됐|끝|마쳤)|(?:발표|피티|PT|pt)\s?(?:잘\s?)?했(?:어|음|다|어요))/u,
  conv_nothing_much: /그냥\s?다|다\s?(?:힘들|싫|귀찮|짜증)|전부|모든\s?게|모두/u,
  // A laugh alone ("ㅋㅋㅋㅋㅋㅋ", "ㅎㅎ") is no "I don't know" and no greeting: the word-less tone answers it (session 34).
  // Someone remembered ("근데 가끔 생각나" after a break-up) is no blank mind (session 35).
  conv_dont_know: /아무도\s?(?:몰라|모르|모름)|필름|술\s?(?:마시|먹|취)|취해서|취했|^[ㅋㅎ\s~!.?]+$|(?:가끔|자꾸|계속|문득|아직도?|요즘도?|또)\s?(?:생각나|생각이\s?나|떠올라|떠오르)|생각나(?:서|네|더라|고|요|ㅠ)|보고\s?싶|그리워|그립/u,
  meta_greeting_first: /^[ㅋㅎ\s~!.?]+$/u,
  // Session 37: a birthday remembered ("하은이가 제 생일엔 케이크 만들어줬었어요") is no birthday today
  // ("생일 축하해요! 새로운 한 살엔…").
  life_joy_birthday: /^(?!.*(?:오늘|지금|방금|아까|드디어)).*(?:생일(?:엔|에는|때|때마다|마다|날엔|이면)|(?:작년|지난|예전|옛날|어릴\s?(?:때|적))[^.?!]{0,6}생일|었었|였었|줬었|했었|셨었)/u,
  // A no with what it is not ("근데 원하던 데는 아니에요" after "취업했어요!!") is a feeling told, not a bare no (session 35).
  conv_no: /^(?:근데|그런데|하지만|그치만|다만)\s|(?:원하던|바라던|생각하던|꿈꾸던|가고\s?싶던)/u,
  // Session 37: "그게 너무 미안해요", guilt toward a dog that died, was told "미안해하지 않아도 돼요. 여기는
  // 힘든 이야기를…": guilt for something told ("그게", "그래서", "그때") is not an apology for venting.
  // Guilt toward someone in the story ("그러고 나면 또 미안하고", a carer who snapped at her father) is
  // no apology to the bot for venting (session 35).
  conv_sorry_for_venting: /(?:그러고|그리고|그다음|그\s?뒤|그러면|그럼)\s?(?:나면|나서|나니|에)?\s?(?:또\s|괜히\s|너무\s)?미안|(?:아빠|엄마|아버지|어머니|부모님|남편|아내|와이프|애|아이|아들|딸|동생|친구|걔|할머니|할아버지)(?:한테|께|에게|께는|한테는)\s?(?:[가-힣]+\s)?미안|^(?:그게|그건|그거|그것도|그것까지|그래서|그때|그날)\s?(?:[가-힣]+\s){0,2}미안/u,
  // Session 35's angry adults: a colleague's two faces are no teenager shutting a parent out; a
  // broken boiler is no deposit lost to fraud; a boss's yelling is no customer's.
  parenting_teen_shuts_out: /동기|동료|회사|팀장|상사|직장|험담|(?:친구|걔|남친|여친)(?:가|는|이)\s/u,
  money_jeonse_fraud: /^(?!.*(?:보증금|전세|사기|경매|깡통|잠적|피해|압류|대출|보증보험)).*(?:보일러|온수|찬물|누수|고장|곰팡이|벌레|수리|고쳐|층간|소음)/u,
  anger_rude_customer: /사장님?(?:이|가|은|는|께서)\s|점장님?(?:이|가)\s|매니저님?(?:이|가)\s|팀장|상사|부장/u,
  // English at work or in an exam is no remark about the user's Korean ("영어로 회의하는게 너무 스트레스예요", session 35).
  // Session 41: a school subject told with its mark ("근데 국어는 잘봄", "영어는 1등급") is no remark
  // either; 국어 is the subject, 한국어 the language.
  meta_language: /^\s*(?:국어|영어|수학|과학|사회|한국사|역사|물리|화학|생물|지구과학|윤리|도덕|음악|미술|체육|기술가정|일본어|중국어|독일어|프랑스어|스페인어|제2외국어)\s*(?:요|이요|이에요|예요|시험|과목|이랑\s?[가-힣]+)?[.!?~ㅠㅜ\s]*$|(?:(?<![가-힣])국어|영어|수학|과학|사회|한국사|탐구)(?:는|은|도|만|가|이|랑|하고)?\s?(?:[가-힣]+\s){0,2}(?:잘\s?(?:봄|봤|봐|나왔|나옴|쳤|침)|망했|망함|망쳤|못\s?(?:봄|봤|쳤)|개못|등급|점수|성적|[0-9]+\s?점|만점|백점|시험|문제|듣기|모의|공부|숙제|과제|수행)|(?<![가-힣])국어(?:는|도|만|가|를|점수|시험|성적|등급|공부|쌤|선생)|영어로\s?(?:회의|발표|면접|수업|일|메일|통화|보고)|영어(?:도|가|를|는)?\s?(?:자신|못\s?해|어렵|스트레스|공부|시험|점수|실력|울렁증)|토익|토플|오픽|아이엘츠|텝스/u,
  // A worry asked about ("이런 걱정 하는게 유난인가요", a mother's surgery) is no hurt: the replies
  // about sensitivity presume 서운함 (session 35); the question about oneself answers it.
  self_am_i_too_sensitive: /걱정|불안|무서|무섭|겁|긴장|떨려/u,
  // Session 35's quiet days: the wind on a walk is no affair ("바람 시원하더라" got "믿었던 사람에게 받은
  // 상처…"); one's own phone at night is no child gaming; a young worker's busy friends are no grown
  // children; "아무도 몰라요" (a birthday) is no blank
  // mind; a hopeful "정 붙여봐야죠" is no fear of how it will go.
  // Session 39 (longfix): cheating ruled out ("내가 잘못한거임 바람핀건 아니고") is no betrayal to be angry at.
  breakup_cheated_on: /바람(?:이|도)?\s?(?:시원|불어|불고|분다|쐬|쐰|좋|차갑|차다|선선|솔솔|따뜻|세다|세게|강하|맞|냄새)|(?:강|바닷|봄|가을|밤|산|저녁|찬|칼)바람|바람\s?쐬|바람\s?(?:핀|피운|폈|피웠|난|났)\s?(?:건|게|거|것은?)\s?아니|바람은\s?(?:아니|안\s?(?:폈|피웠))/u,
  // Session 39 (longfix): a new date asked for ("다음주에 영화보재") is no film being watched; tears
  // shed alone after a humiliation ("퇴근하고 혼자 울었어요") no life alone; a long message sent sober
  // after a fight ("어제 장문의 카톡 보냈어요") no hangover; parting after a date ("헤어지고 나서 카톡이
  // 안 와") no break-up by text.
  life_daily_watching_drama: /보재|보자고|보자네|보자는데|보러\s?가재|보러\s?가자고/u,
  // Session 40 (elder): exhaustion after work ("퇴근하고 집에 오면 아무것도 하기 싫어요") is no life alone
  // («혼자 사는 자유 뒤에 찾아오는 쓸쓸함…» invented it): without a word of being alone or lonely.
  lonely_living_alone: /(?:혼자|몰래|숨어서|화장실에서)\s?(?:펑펑\s?|엉엉\s?)?(?:울었|울고|울어)|^(?!.*(?:혼자|외로|외롭|쓸쓸|적막|적적|허전|허해|휑|빈\s?집|빈\s?방|조용|아무도\s?없|반겨|자취|1인|원룸|독립)).*(?:아무것도\s?(?:하기\s?싫|안\s?하고\s?싶|못\s?하겠|손에\s?안)|손\s?하나\s?까딱|녹초|지쳐|지친다|피곤|기운이?\s?(?:하나도\s?)?없|꼼짝도?\s?(?:하기\s?)?싫|씻기도\s?싫|누워만)/u,
  breakup_dumped_by_text: /헤어지고\s?(?:나서|난\s?(?:뒤|후|다음))|헤어진\s?(?:뒤|후|다음)에/u,
  // Children offering a party are not distant ("자식들이 잔치를 해 준다는데…", session 36).
  later_children_distant: /^(?!.*(?:자식|아들|딸|자녀|애들|손주|손자|손녀|며느리|사위|어버이|큰애|작은애|막내)).*(?:친구|동기|동창|고향|다들\s?바빠)|잔치(?:를|라도)?\s?(?:해\s?준|열어\s?준|차려\s?준)|해\s?준다는|해\s?주겠다|차려\s?준다/u,
  // Session 35's school and work: an idea adopted is no endless meeting; starting work next Monday
  // is no arrival at work; an unanswered e-mail is no unfair professor; a cover letter sent and
  // rejected is no cover letter stuck before a deadline.
  // Session 40 (shorthand): a meeting gone wrong ("오늘 meeting 완전 망했어") is no meeting too many.
  work_endless_meetings: /채택|통과(?:됐|했|함)|칭찬|잘\s?(?:됐|끝났|마쳤)|인정받|뽑혔|좋은\s?반응|박수|망했|망함|망쳤|말아\s?먹|실수|말이\s?안\s?나|버벅|깨졌|혼났|지적/u,
  uni_professor_unfair: /^(?!.*(?:읽씹|거절|무시|깎|말이\s?안|기준|C|D|F|점수|성적)).*(?:답장(?:이)?\s?(?:없|안)|메일(?:을|에)?\s?(?:보냈|답))/u,
  job_cover_letter_stuck: /냈는데|냈어|제출했|제출함|떨어짐|떨어졌|탈락|불합격|서류\s?(?:또\s)?떨/u,
  conv_short_agree: /^(?:ㅇㅇ|ㅇ|응|웅|엉|어|네|넹|예|그래|맞아|맞아요)[\s,.~!]+(?!(?:그렇|맞|그래|그런|그거|알겠|오케|좋아|ㅇㅋ|네|응|예))[가-힣]{2,}/u,
  // Wanting to bring a pet or a person home is no wish to run away ("빨리 집에 데려오고 싶다" after a
  // cat's surgery went well got "아무도 나를 모르는 곳을 떠올리는 그 마음", session 33).
  // Session 39 (invent): "울고 싶어서" (wanting a sad song to cry to) was told «아무도 나를 모르는 곳을 떠올리는 그 마음».
  life_mood_want_to_escape: /울고\s?싶|울려고|울\s?수\s?있게|실컷\s?울|데려오|데리고\s?오|데리러|집에\s?(?:데려|오면|와서)|(?:또|다시)\s?가고\s?싶/u,
  // Session 33's glad moods: pride and a wish for more such days are no harsh inner voice; a night
  // without sleep no good sleep; a pass no question of going on; deciding what to buy no question
  // to the bot.
  self_hate: /(?:날|하루)(?:이|가|들이)?\s?(?:좀\s?)?(?:더\s?)?(?:자주|매일|많이|또|늘)\s?(?:있었으면|왔으면|오면|있으면)|자랑스럽|자랑스러|뿌듯|(?:날|하루|순간|시간)(?:이|들이)?\s?계속\s?됐으면|행복|대견|기특|잘\s?했다/u,
  life_sleep_good_sleep: /한숨도\s?못|뜬눈|밤을\s?(?:새웠|샜|꼬박)|밤\s?꼬박|밤샜|밤새웠|잠을?\s?(?:한\s?숨도|전혀|하나도)\s?못/u,
  exam_long_term_test_prep: /^(?!.*(?:불합격|떨어|탈락|못\s?하|안\s?보|합격선|수기|안\s?되)).*(?:합격|붙었|붙음)/u,
  // "지금 뭐 하는게 제일 나음?" (the night before an exam) asks what to do, not what the bot does (session 35).
  meta_bot_what_doing: /고민|살지|할지|먹을지|입을지|갈지|뭐\s?(?:살|먹|입|할)|하는\s?(?:게|것이|거)\s?(?:제일\s|더\s|가장\s)?(?:나|좋|낫)/u,
  // Session 33's long conversations: being betrayed is not having said something hurtful; thinking
  // of a break-up is no break-up, nor a present for the partner; a request for music to remember a
  // pet by is no music to focus by; a sibling living elsewhere is no moving out alone; the app's
  // privacy is asked in words about the talk, not by any "보내".
  friends_fight_with_best_friend: /배신\s?당|배신당|당했|당햇|뒤통수|와이프|아내|남편|신랑|마누라|여친|남친|여자\s?친구|남자\s?친구|애인|엄마|아빠|시어머니|장모/u,
  breakup_just_broke_up: /헤어질까|헤어질지|헤어져야\s?(?:하나|할까|될까)|헤어지고\s?싶|헤어질\s?(?:생각|고민)|헤어지자고\s?할까/u,
  love_gift_idea_partner: /헤어|이별|그만\s?만날/u,
  // Session 40 (corechat): "일할 때도 집중이 안 돼요" (a statement, in a story of health worries) opened
  // focus songs unasked: a turn that names neither music nor a request asks for none.
  meta_recommend_song_focus: /생각하면서|생각나는|떠올리|그리울|그리운|보고\s?싶|추억|위로|슬플|울고|화날|빡칠|이별|헤어|보내고|떠난|^(?!.*(?:노래|음악|곡|플리|플레이|브금|BGM|bgm|로파이|연주|재즈|클래식|소리|소음|틀어|추천|들을|듣기|들으|골라|배경|노동요|부탁|[?？]|있을까|있나|없을까|뭐가)).+$/u,
  meta_privacy: /내용증명|송금|입금|택배|이력서|지원서|서류|청첩장|(?:돈|선물|사진|문자|카톡|메시지)(?:을|를)?\s?(?:[가-힣]+\s)?보내(?:야|도|볼|줘|줄)/u,
  // A proposal planned is not an engagement ("여자친구한테 프로포즈하려고 하는데요" was told "함께해 온
  // 시간이 이렇게 결실을 맺었네요", session 33).
  dating_got_engaged: /(?:프로포즈|프러포즈|청혼)\s?(?:을|를)?\s?(?:하려|할까|할\s?(?:거|건데|계획|생각)|하고\s?싶|계획|준비|해\s?보려|하기로)/u,
  // "연락처 교환했어요" was congratulated on an exchange programme (session 31).
  uni_exchange_accepted: /(?:연락처|번호|카톡|전화번호|인스타|선물|반품|환불|물건|사이즈|제품|부품)\s?(?:를|을|도)?\s?교환/u,
  // Session 34's money stories, told the other way round: the user the borrower, not the lender
  // ("내가 친구한테 돈 빌렸는데 아직 못갚았어" was told "그 화는 충분히 정당해요"); the user sending
  // money to a parent, not asking ("엄마가 용돈 보내달래서 보냈어" was told "부모님께 기대야 하는
  // 상황에서…"), or not wanting to ask; nowhere to live is no boredom.
  friends_money_not_returned: /(?:내가|제가|나도?|저도?)\s(?:[가-힣]+\s){0,2}[가-힣]*\s?빌렸|빌려\s?(?:쓴|썼)|(?:못|안)\s?갚았|갚고\s?싶은데|갚을\s?돈이\s?없|언제\s?갚(?:냐|느냐|을\s?거냐)고/u,
  money_asking_parents: /(?:엄마|아빠|부모님|어머니|아버지|어머님|아버님)(?:가|께서|이)\s[^.?!]{0,12}(?:(?:보내|부쳐)\s?(?:달래|달라)|달래서|달라셔|달라고\s?(?:하셔|해서|하시))|(?:보내|부쳐)\s?(?:달래|달라길래|달라셔)|(?:돈|용돈|생활비|병원비)(?:을|를|도|좀)?\s?(?:[가-힣]+\s)?(?:보냈|보내\s?드렸|보내드렸|부쳤|보냇|드렸)|(?:손|기대|벌리)[^.?!]{0,6}(?:싫|안\s?벌|않)/u,
  // Session 34's losses and glad days: an uncertain future in a death told, a memory of warmth as
  // things gone better than expected, a weekly drink with a friend as a drinking problem, tears
  // that will not come as tears that will not stop, the user who turned someone down as the one
  // turned down, an early finish as work dumped late, wanting to go back as wanting to escape.
  conv_will_it_be_ok: /갔대|가셨|떠났|돌아가|다시는|못\s?(?:잡|보|만나)겠|마지막으로|잘한\s?거\s?맞|(?:붙여|해|견뎌|버텨|적응해|지내)\s?봐야(?:죠|지|겠다|겠어|겠네)|(?:괜찮아질|나아질|좋아질)\s?(?:거야|거예요|거다|겁니다|거라\s?믿)(?!\s*[?？])/u,
  conv_better_than_expected: /따뜻했|^(?:좋았|좋았음|좋았어|좋았다|좋았어요)\s*[.!~ㅎㅋㅠ]*$/u,
  // Pressed to drink by others ("저 술 못 마시는데 빼면 분위기 깨진다고 눈치 줘요", session 35) is no drinking problem.
  health_drinking_too_much: /(?:같이|함께)\s?(?:술|한잔|한\s?잔)|술\s?(?:친구|메이트|한잔\s?하던)|(?:술|한\s?잔)(?:을|은|도)?\s?(?:잘\s?)?못\s?(?:마시|먹)|눈치\s?(?:줘|주|준|를\s?줘)|강요|권하|권해|억지로|빼면|분위기\s?깬/u,
  life_mood_tears_no_reason: /눈물이?\s?(?:안|잘\s?안)\s?나|안\s?울|울지\s?(?:않|못)|못\s?울|좋아서|기뻐서|감동/u,
  // A father who says nothing is no harsh word heard (session 34: "아빠는 저녁 먹을 때 한마디도 안 해").
  // Nor is "아빠 생각도 나고" (a mother remarrying) any word heard (session 35).
  family_dad_harsh_words: /^(?!.*(?:말|소리|했|하셨|라고|냐고|대요|래요)).*(?:생각(?:도|이)?\s?나(?:고|서|네|요|더라)?\s*[.…~]*$|보고\s?싶|그립|그리워)|한마디도\s?안|말이\s?없|말을?\s?안\s?(?:해|하)|아무\s?말\s?(?:도\s?)?(?:안|없)|멍하니|조용히/u,
  work_boss_late_task: /칼퇴(?:함|했|다|!|\s*$)|일찍\s?(?:퇴근|끝)(?:함|했|났)|정시\s?퇴근(?:함|했)/u,
  life_mood_bored: /(?:갈|잘|지낼|머물|살)\s?(?:데|곳|집)(?:가|이|도)?\s?없|쫓겨|나가래|나가라고|길바닥|노숙/u,
  // Session 35's four rounds (long stories, older users, teenagers, mixed feelings): a polite
  // "선생님 말씀좀 여쭙겠습니다" is no scolding at school; "다음에 다시 볼까 고민중" (an exam) no goodbye;
  // a classmate's quarrel no parents' fight (NEEDS below); being left on read no comparison on
  // social media; contact cut off no ex who wrote; a job still held, or a retirement enjoyed, no
  // retirement's empty days; a shop closed no job loss hidden; envy ("배 아파") no stomach ache; words
  // quoted ("넌 너무 착해서 탈이야") no praise of the bot; a remarriage no divorce; "아니, 친구가 나쁜
  // 뜻으로 한 건 아닌 거 알아" no complaint that the bot misunderstood.
  // "다음에 또 가려고" (a café to go back to) is a plan, not leaving (session 36, memory).
  meta_goodbye: /다시\s?(?:볼까|볼지|봐야|볼\s?(?:생각|거|건))|(?:볼까|할까|갈까)\s?(?:고민|생각)|고민\s?(?:중|이에요|입니다|이야)|시험|자격증|면접|재수|재도전|(?:또|다시|자주)\s?(?:가려고|가려구|갈\s?거|갈\s?생각|가고\s?싶|가\s?봐야지|가야지|와야지|오려고|먹으러)/u,
  self_sns_comparison: /(?:내|제)\s?(?:톡|카톡|문자|메시지|연락|디엠|dm|DM)|답장|읽씹|안\s?읽|안\s?봄|안\s?봐|답(?:이|도)?\s?(?:없|안)/u,
  breakup_ex_contacted_me: /(?:연락|톡|카톡|문자)(?:을|를|도)?\s?(?:다\s)?끊|잠수|연락(?:이|도)?\s?(?:없(?!던|었던)|안\s?(?:와|옴|오))|읽씹/u,
  later_retired_long_days: /(?<!안\s?)(?:좋네요|좋아요|좋다|좋습니다)|(?<!안\s?)좋아(?!하)|행복|즐거|재미(?:있|나)|보람|신나|(?:다니는|다니고\s?있는)\s?(?:게|것이|거|회사|직장)|다닌\s?(?:회사|직장)(?:인데|에서|도)(?![^.?!]*(?:그만|퇴직|은퇴|나왔|나오))|회사\s?다니(?:는|기)|(?:부장|팀장|상사)(?:이|가|님이|님한테|한테)\s|출근(?:하는|할|길)/u,
  // Session 39: "쉰다섯에 어디 갈데도 없고 참고 다녀야지" still has the job ("일자리를 잃은 게…" had answered it).
  work_forced_retirement_hidden: /폐업|가게|장사|자영업|사업|식당|매장|참고\s?다녀|다녀야지|다니고\s?있|다니는\s?(?:게|거|중)/u,
  life_health_feeling_unwell: /시원(?!찮)|부럽|부러|질투|샘(?:나|이)|배\s?아파\s?(?:죽|요\s?ㅋ|ㅋ)/u,
  family_parents_divorcing: /재혼/u,
  conv_bittersweet: /다녀갔|다녀가|가고\s?나니|행복한\s?하루|^(?:근데|그냥|뭔가|요즘|오늘|괜히)?\s?(?:좀|너무|많이|괜히|그냥|뭔가|조금)?\s?(?:허전|공허|쓸쓸|외로|울적)[가-힣]*\s*[.~ㅠㅜ]*$/u,
  // Session 38 (retr): "눈 마주친것 같아요" (a singer at a concert) was told «하얗게 변한 풍경…»: an eye is no snow.
  life_joy_first_snow: /눈(?:이|을|도)?\s?(?:마주|맞(?:췄|춘|추|춤)|빛|물|동자|꺼풀|썹|웃음|감았|감고|감으|떴|뜨고|뜨니|부셔|부시|인사|치(?:우|웠))/u,
  // Session 39 (dialect): "갱년기 땜에 병원 갔더니 호르몬 치료 하자카네" had got the coming-out
  // intent ("나답게 사는 건 잘못이 아니에요"): hormone therapy for 갱년기 is no identity told.
  family_coming_out: /갱년기|폐경|완경|유방암|안면\s?홍조/u,
  // Session 40 (corechat): "이런 날 들을 노래 있을까요?" from a user glad about a certificate passed
  // was read as a request for sad songs («기분을 바꿔 줄 노래부터»): a day like this, or a glad one,
  // with no sad word asks for songs that fit it (the general request, read with the conversation).
  meta_recommend_song_sad: /^(?!.*(?:슬프|슬픈|슬퍼|우울|울적|울고|울어|울\s?수|이별|눈물|쓸쓸|외로|아픈|아파|아린|헤어|센치|서글|애절|먹먹|가라앉|감성|실연|찢어)).*(?:(?:이런|오늘\s?같은|요즘\s?같은)\s?날|좋은\s?날|기분\s?좋|행복|기쁜|기뻐|신나|설레)/u,
  // "술 마시면 연락할까봐 술도 안마심" three days after a breakup: the user holds back from an ex;
  // no partner is out and not texting (c31; situation-turns.ts answers it).
  dating_no_contact_when_out: /헤어|이별|전\s?(?:남친|여친|애인)|전남친|전여친|연락할까\s?봐/u,
  // "주말엔 하루 종일 말 한마디 안 할 때도 있어요" (new to a city) is loneliness, not free time (c05).
  life_weekend_no_plans: /말\s?한마디|한마디도|말\s?(?:걸|할)\s?사람|아무(?:랑|와|하고)도\s?(?:말|대화|얘기)/u,
  // A day felt full of good ("별거 아닌데 하루가 꽉 찬 느낌") is no heart blocked (c15).
  life_stress_vague_heavy: /(?:하루|오늘)(?:가|이|는|도)?\s?(?:꽉|가득|알차게)\s?(?:찬|찼)|(?:꽉\s?찬|알찬)\s?하루/u,
  meta_complaint_not_understand: /(?:내|제)\s?잘못|잘못도|탓|(?:나쁜|좋은|다른)\s?뜻으로\s?(?:한|그런|말한)|(?:아닌|아니란|아니라는)\s?(?:거|건|걸)\s?(?:알아|알지|아는데|알거든)/u,
};

/** What the user listens to, told rather than asked for ("요즘 뉴진스 노래 자주 들어"). */
const LISTENS = /자주\s?들어|즐겨\s?들어|듣는\s?중|들었(?:어|는데|다)|듣고\s?있|들어\s?(?:봤|본)|요즘\s?(?:빠진|꽂힌)/u;
const SONG_REQUEST_INTENTS = ['meta_recommend_song_general', 'meta_recommend_song_mood_up', 'meta_recommend_song_sleep', 'meta_recommend_song_calm', 'meta_recommend_song_sad', 'meta_recommend_song_focus'];

/** Whether the intent's replies presume something the turn does not say (then it is not answered from). */
/**
 * Intents whose guard holds for the whole story, not just the turn: a son sent to the army is still
 * no enlistment of the user's two turns later ("훈련소 앞에서 손 흔드는데…"), the user is still the
 * borrower, the money still went to the parent (session 34).
 */
const STORY_WIDE = new Set(['move_moving_day', 'military_enlisting_soon', 'friends_money_not_returned', 'money_asking_parents', 'parenting_teen_shuts_out', 'anger_rude_customer']);

/**
 * Session 43 (answers): intents whose every reply presumes what the story, not only the turn, must
 * have told. "남편이랑 또 싸웠어 / 애 교육 문제로 / 남편은 내 말을 하나도 안 들어" matched the spouse who
 * sides with the parents («중간에서 조율해 주길 바랐는데 내 편이 없다고…») with no parent or in-law
 * named: it waits for a parent or an in-law, or a side not taken (편, 한 팀, 중간에서), in the turn
 * or the last four texts ("시어머니가 또 간섭하셔" then "남편은 내 말을 하나도 안 들어" still is it).
 */
const PARENTS_OR_SIDES =
  /시댁|시가|시어머니|시아버지|시부모|시누|시동생|시아주버니|시엄마|시아빠|어머님|아버님|처가|장모|장인|처제|처남|친정|엄마|아빠|어머니|아버지|부모|효자|효녀|마마보이|파파걸|식구|집안|가족|(?<![남불])편(?:만|을|이|은|도|\s?들|\s?안|\s?하나)|내\s?편|제\s?편|한\s?팀|한편|중간에서|조율/u;
const STORY_NEEDS: Readonly<Record<string, RegExp>> = { marriage_spouse_sides_with_parents: PARENTS_OR_SIDES };

/** Whether the intent's replies presume what neither the turn nor the last four texts told. */
export function storyLacks(intentId: string, text: string, earlier: readonly string[]): boolean {
  const needs = STORY_NEEDS[intentId];
  return !!needs && ![...earlier.slice(-4), text].some((t) => needs.test(t.normalize('NFC')));
}

/** Whether a story-wide guard of the intent holds in one of the user's earlier texts. */
export function storyPresumesUnsaid(intentId: string, earlier: readonly string[]): boolean {
  return STORY_WIDE.has(intentId) && earlier.slice(-3).some((t) => AVOIDS[intentId]!.test(t.normalize('NFC')));
}

export function presumesUnsaid(intentId: string, text: string): boolean {
  const needs = NEEDS[intentId];
  const t = text.normalize('NFC');
  if (AVOIDS[intentId]?.test(t)) return true;
  if (SONG_REQUEST_INTENTS.includes(intentId) && LISTENS.test(t) && !/추천|틀어|골라/u.test(t)) return true;
  if (!needs) return false;
  // Two feelings named at once are mixed feelings however they are joined ("기쁜데 눈물이 나").
  if (needs === MIXED && Object.values(FEELING_WORDS).filter((words) => words.test(t)).length >= 2) return false;
  return !needs.test(t);
}

/**
 * Scolding the bot ("너랑 얘기하기 싫어", "너 왜이렇게 말을 못해"): such turns matched praise and
 * were thanked for the kind words (session 30). They are answered by the intent that owns a reply
 * that missed.
 */
const SCOLDS_THE_BOT =
  /(?:대답|답변)이\s?(?:좀\s)?(?:이상|왜\s?(?:이래|그래))|내\s?말\s?(?:듣고는|듣고\s?있(?:냐|어|니)|안\s?듣)|(?:같은|똑같은)\s?(?:질문|말|대답)만|(?:^|\s)(?:너|넌|니|쉼표)(?:랑|하고|한테|는|가|도)?\s?(?:[가-힣]+\s){0,2}(?:얘기|대화|말)(?:하기|하는\s?거)?\s?(?:싫(?!대|다고|다며|다더)|안\s?할|그만|재미없)|(?:^|\s)(?:너|넌|니|쉼표)(?:는)?\s?(?:왜\s?이렇게|왜이렇게|왜케|진짜|완전|정말)?\s?(?:말을?|대답을?)\s?(?:못|이상하게|왜\s?이렇게)|(?:^|\s)(?:너|넌|니|쉼표)(?:는)?\s?(?:진짜|완전|정말)?\s?(?:바보|멍청|쓸모\s?없|최악|노잼|별로)/u;

/**
 * Giving up on the bot, or asking it to do better: "제대로 좀 대답해봐" had got an anger reflection,
 * "그래 됐다" "그랬군요. 그 얘기를 하는 지금, 마음은 어때요?", "그게 다야?" small talk (session 32).
 */
const GIVES_UP_ON_THE_BOT =
  /제대로\s?(?:좀\s?)?(?:대답|답|말)\s?(?:해|좀)|^(?:아|아\s?그래|그래|에휴|휴|하)\s?(?:됐(?:어|다|고)|관두자|말자|말을\s?말자)\s*[.~ㅋㅎ]*$|^됐(?:다|고)\s?(?:그만|말자|됐어)|^됐어\s?(?:그만|이제\s?그만|말자)|^그게\s?다(?:야|예요|에요|임|냐)?\s?[?？]+\s*$|^(?:뭐래|뭔\s?소리야|무슨\s?소리야)\s*[?？ㅋ]*$/u;

export function scoldsTheBot(text: string): boolean {
  const t = text.normalize('NFC').trim();
  return SCOLDS_THE_BOT.test(t) || GIVES_UP_ON_THE_BOT.test(t);
}

/** The intent that answers a scolding: its replies own a reply that missed. */
export const SCOLDED_INTENT = 'meta_complaint_weird_answer';

/** The intent that answers hunger told alone. */
export const HUNGER_INTENT = 'life_daily_what_i_ate';

// Hunger, and nothing that says the body is unwell ("배고픈데 속이 쓰려" is not plain hunger).
const HUNGER = /배가?\s?(?:(?:너무|진짜|엄청|완전|좀|넘)\s?)?고(?:파|프|픈|팡)|출출|허기|배곺/u;
const UNWELL = /아프|아파|쓰려|쓰린|울렁|메스|어지|토하|토할|체했|체한|설사|열이|식은땀|떨려|기운이\s?없|힘이\s?없|현기증/u;

// What may come with it: a sigh, how much, now, what to eat.
const FILLER =
  /아우|아|하|진짜|정말|너무|완전|엄청|지금|벌써|또|나|저|배가|죽겠(?:다|어|네|어요|음)?|미치겠(?:다|어|네)?|뭐\s?먹지|뭐\s?먹을까|뭐\s?먹어야\s?(?:하지|되지)|(?:다|요|네|당|음|어|야|지)(?=\s|$)/gu;

/** A short turn that tells hunger alone ("배고파", "아 출출하다", "배고파 죽겠어 ㅠㅠ"), nothing else. */
export function isHungerOnly(text: string): boolean {
  const t = text.normalize('NFC').trim();
  if (t.length > 30 || !HUNGER.test(t) || UNWELL.test(t)) return false;
  const rest = t.replace(new RegExp(HUNGER.source, 'gu'), ' ').replace(/(?:하다|하네|해|하당|함|하네요|해요|합니다|프다|파|픈데|프네)(?=\s|$|[^가-힣])/gu, ' ').replace(FILLER, ' ');
  return (rest.match(/[가-힣A-Za-z0-9]/gu)?.length ?? 0) <= 2;
}

/**
 * An identity not yet told to anyone ("저 게이인데 아직 아무한테도 말 안했어요"): the intent about
 * coming out answers it ("언제, 누구에게, 어디까지 말할지는 온전히 스스로 정해도 되는 일이에요"); it
 * had got "언제부터 이런 마음이 들기 시작했어요?", as if it were a symptom (session 33).
 */
export const COMING_OUT_INTENT = 'family_coming_out';
const IDENTITY = /게이|레즈비언|레즈|동성애자|양성애자|바이섹슈얼|트랜스젠더|트랜스\s?(?:여성|남성)|성소수자|퀴어|논바이너리|무성애|남자를\s?좋아하는\s?남자|여자를\s?좋아하는\s?여자|동성을\s?좋아/u;
const NOT_TOLD = /말\s?(?:안|못)|아무(?:한테|에게)?도|숨기|숨겨|숨기고|모르(?:는|고|세요|셔)|아직|들킬|들키|커밍\s?아웃\s?(?:할까|하고\s?싶|해야|하려|못|안\s?했)|밝히(?:고|기|지|려|면|ㄹ)|말(?:할까|해야|하고\s?싶|하려|할지)/u;
export function keepsIdentitySecret(text: string): boolean {
  const t = text.normalize('NFC');
  return IDENTITY.test(t) && NOT_TOLD.test(t);
}

/**
 * What someone else does, told without a subject after the user spoke of them: "그냥 티비만 보고
 * 있어" after "아빠가 회사 그만두셨어" is the father's day, and was told "화면 속 이야기로 잠시 쉬어
 * 가는 것도 좋은 휴식이에요" (session 35). The intents of the user's own day and mood presume the user.
 */
const OWN_DAY = /^(?:life_daily_(?!want_to_talk|rainy|cold|hot)|life_mood_(?:bored|no_motivation|routine_monotonous|procrastination))/u;
const SOMEONE_ELSE_SUBJECT =
  /^(?:우리\s?)?(?:엄마|아빠|어머니|아버지|어머님|아버님|부모님|남편|아내|와이프|신랑|형|오빠|언니|누나|동생|남동생|여동생|아들|딸|애|아이|애들|할머니|할아버지|친구|남친|여친|남자\s?친구|여자\s?친구|걔|그\s?사람|팀장님?|상사)(?:가|이|는|은|께서|도|만|랑\s?(?:엄마|아빠))?\s/u;
const FIRST_PERSON = /(?:^|\s)(?:나|내가|난|나는|나도|저|제가|전|저는|저도|내|제|나만|저만)(?:\s|$)/u;

export function doneBySomeoneElse(intentId: string, text: string, previous: string | undefined): boolean {
  if (!OWN_DAY.test(intentId)) return false;
  const t = text.normalize('NFC').trim();
  if (SOMEONE_ELSE_SUBJECT.test(t)) return true;
  return !!previous && SOMEONE_ELSE_SUBJECT.test(previous.normalize('NFC').trim()) && !FIRST_PERSON.test(t);
}

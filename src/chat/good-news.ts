/**
 * News told in a few words, glad or bittersweet: "합격함 ㅋㅋ", "여친생김", "기말 끝났다", "남친이랑 화해함",
 * "퇴사했다". The intent corpus has longer, fuller forms of these ("자격증 합격했어!!"); the terse
 * ones fall between two close intents (exam passed / job offer), under the threshold, and got
 * "네, 무슨 말인지 알 것 같아요. 지금 기분은 어떤 편이에요?" (session 34). The words are plain and
 * few, so rules find them, as for life-events.ts, whose machinery answers them: a confident intent
 * that fits keeps its own reply, and later turns of the story get these questions.
 *
 * Each reply fits whatever was passed or finished (a licence, a job, a school), since the terse
 * turn does not say which. Someone else's news (a friend's, a sibling's) is left to the intents.
 */
import type { LifeEvent } from './life-events';

/**
 * Another person's news ("동생 면접 붙었대", "전남친 새 여친 생김", "친한 동료 퇴사함"): anyone
 * named, but as the one told or thanked ("엄마한테 자랑했어", "남친이랑 화해함"), leaves it to the
 * intents. So do a wish, a fear, hearsay and a question.
 */
const PEOPLE =
  '(?:친구|베프|절친|동생|남동생|여동생|형|오빠|언니|누나|동료|동기|선배|후배|걔|쟤|그\\s?사람|그\\s?애|아들|딸|조카|손자|손녀|손주|막내|남편|아내|엄마|아빠|애인|남친|여친|전\\s?애인|전남친|전여친|옛\\s?애인|옛날\\s?애인|짝사랑|사촌)';
const NOT_OWN_NEWS = `(?:^|[\\s'"])(?:친한\\s?|우리\\s?|내\\s?|제\\s?)?${PEOPLE}(?!랑|이랑|하고|와\\s|과\\s|한테|에게|께|님께|(?:이|가)?\\s?생(?:김|겼))|했으면|됐으면|봤으면|하면|되면|할까|될까|할지|될지|까\\s?봐|오려나|기원|바라|빌어|부럽|꿈에|꿈을|(?:했|됐|붙었|생겼|끝났)\\s?(?:대|다더라|다는|단|다고|다니까|거든)|소식|후기|\\?`;

export const GOOD_NEWS: readonly LifeEvent[] = [
  {
    id: 'passed',
    emotion: 'joy',
    tells: /합격|최합|(?:시험|면접|서류|필기|실기|대학|학교|회사|자격증|공무원|임용|수시|정시|[0-9]차)[^.?!]{0,8}붙(?:었|음|음다|었다)|^(?:나\s?|저\s?)?(?:드디어\s?)?붙었(?:어|다|음|어요|습니다)?[\s!ㅠㅜㅋㅎ~.]*$/,
    unless: new RegExp(`${NOT_OWN_NEWS}|떨어|불합격|탈락|안\\s?붙|못\\s?붙|합격\\s?(?:발표|자|률|선|기준|컷|통보\\s?기다|여부|문자\\s?기다)|냐고|었냐|붙을|붙으면|못|안\\s?보|없어|0이|떨려|떨린|긴장|막상|학비|포기|어디\\s?가|얼떨떨|아무\\s?생각|스팸|캡처|장학|심사|승진|연봉|정\\s?붙|(?:는데|지만)\\s?[^.?!]{0,12}(?:걱정|불안|막막|무서|떨려|모르겠)`),
    fits: ['cert_exam_passed', 'job_offer_received', 'job_interview_passed', 'job_document_passed', 'uni_exchange_accepted', 'grad_thesis_passed', 'school_exam_good_result', 'self_small_proud_moment'],
    replies: [
      '합격이라니, 정말 축하해요! 그동안 애쓴 시간이 이렇게 돌아왔네요. 결과를 확인한 순간 기분이 어땠어요?',
      '와, 축하해요! 기다리는 동안 마음 졸였을 텐데 이제 한숨 돌려도 되겠어요. 제일 먼저 누구한테 알렸어요?',
      '정말 잘됐어요! 쉽지 않은 준비였을 텐데 끝내 해냈네요. 오늘은 어떻게 축하할 거예요?',
    ],
    questions: ['준비하면서 제일 힘들었던 때는 언제였어요?', '이제 앞으로 어떤 게 제일 기대돼요?', '오늘은 스스로에게 어떤 선물을 해 주고 싶어요?'],
  },
  {
    id: 'new_partner',
    emotion: 'joy',
    tells: /(?:여친|남친|여자\s?친구|남자\s?친구|애인)(?:이|가)?\s?생(?:김|겼|긴\s?거)|연애\s?시작(?:했|함|!|\s*$)|사귀기로\s?(?:했|함)|(?:오늘|어제)(?:부터)?\s?1일|커플\s?(?:됐|됨)|고백(?:을)?\s?(?:받아\s?줬|받아줌|성공)/,
    unless: new RegExp(`${NOT_OWN_NEWS}|나만\\s?없|새\\s?(?:여친|남친|애인|여자|남자|연애)|발령|주말\\s?커플|철렁|울었|씁쓸|(?:안|못)\\s?생|생겼으면|생기면|생길까|생길지|생겼대|생겼다고|생겼단|언제|헤어|차였|바람|(?:는데|지만)\\s?[^.?!]{0,12}(?:걱정|불안|모르겠|어색)`),
    fits: ['love_confess_success', 'love_first_date_went_well', 'love_crush_flutter', 'dating_partner_surprise'],
    replies: [
      '와, 축하해요! 요즘 세상이 좀 다르게 보이겠어요. 어떻게 만나게 된 사람이에요?',
      '정말 잘됐어요! 설레는 마음이 여기까지 전해지는 것 같아요. 누가 먼저 마음을 전했어요?',
      '축하해요! 막 시작하는 연애만의 두근거림이 있죠. 그 사람의 어떤 점이 제일 좋아요?',
    ],
    questions: ['그 사람이랑 제일 해 보고 싶은 건 뭐예요?', '처음 마음이 통했다고 느낀 순간은 언제였어요?'],
  },
  {
    // An ordeal over: exams, a term, a project, a deadline (the interview is not: its result is still to come).
    id: 'ordeal_over',
    emotion: 'joy',
    tells: /(?:수능|기말|중간|시험|중간고사|기말고사|모의고사|모고|과제|프로젝트|발표|마감|졸작|논문|실습|학기|교육|훈련|자격증\s?공부|시즌|결산|감사|행사)(?:이|가|도|은|는|을|를)?\s?(?:드디어\s?|다\s?|전부\s?|무사히\s?|겨우\s?|드디어\s?다\s?)?(?:끝났|끝남|끝!|끝이다|끝냈|끝(?=\s*[!ㅠㅜㅋㅎ~.]*$)|마쳤|마침(?=\s*[!ㅠㅜㅋㅎ~.]*$)|마무리\s?(?:했|됨|지었))|종강(?:했|함|이다|이야|!|(?=\s*[!ㅠㅜㅋㅎ~.]*$))|방학(?:이다|이야|했|함|시작|(?=\s*[!ㅠㅜㅋㅎ~.]*$))|(?:과제|논문|보고서|레포트|리포트|원고|서류|졸작)(?:를|을|도)?\s?(?:드디어\s?|다\s?|마지막\s?)?제출\s?(?:했|함|완료|끝)|^(?:나\s?|이제\s?|드디어\s?)*자유다/,
    unless: new RegExp(`${NOT_OWN_NEWS}|망했|망쳤|망함|망해|못\\s?봤|서운|해체|혼자|잘\\s?못|떨어|아쉽|후회|걱정|불안|무서|(?:는데|지만|데)\\s?[^.?!]{0,12}(?:남았|또|다음|기다|허무|공허|심심|우울|외로)|아직|안\\s?끝|끝나면|끝날|끝나기|끝났으면|언제\\s?끝|결과|방학\\s?(?:숙제|특강|보충|계획|때)|면접`),
    fits: ['school_suneung_finished', 'life_stress_finished_relief', 'school_exam_good_result', 'work_project_success', 'grad_thesis_passed', 'life_weekend_friday_finally'],
    replies: [
      '드디어 끝났네요, 정말 고생 많았어요! 끝나고 제일 먼저 하고 싶은 건 뭐예요?',
      '수고했어요! 끝났다는 해방감에 저까지 후련해지네요. 오늘은 아무 생각 없이 푹 쉬어도 돼요. 스스로에게 어떤 보상을 해 줄 거예요?',
      '끝까지 해낸 거 정말 대단해요. 한동안 숨 돌릴 틈도 없었을 텐데요. 이제 좀 여유가 생겼어요?',
    ],
    questions: ['그동안 제일 버티기 힘들었던 건 뭐였어요?', '이제 생긴 여유에 제일 해 보고 싶은 건 뭐예요?'],
  },
  {
    id: 'made_up',
    emotion: 'joy',
    tells: /화해\s?(?:했|함|성공|완료)|(?:오해|싸운\s?거)(?:를|가|도)?\s?(?:다\s?)?(?:풀었|풀림|풀렸)/,
    unless: new RegExp(`${NOT_OWN_NEWS}|(?:못|안)\\s?(?:화해|풀)|화해\\s?(?:하고\\s?싶|할까|하려|해야)|(?:는데|지만|데)\\s?[^.?!]{0,12}(?:또|여전|아직|찝찝|어색|불편)`),
    fits: ['family_reconciled_with_parent', 'friends_reconnected', 'dating_fight_trivial'],
    replies: [
      '화해했다니 정말 다행이에요. 먼저 손 내미는 게 쉽지 않았을 텐데요. 어떻게 풀게 됐어요?',
      '마음 한구석이 한결 가벼워졌겠어요. 서로 어떤 이야기를 나눴어요?',
      '잘 풀렸다니 저도 기뻐요. 다투는 동안 마음이 많이 쓰였죠? 지금은 기분이 어때요?',
    ],
    questions: ['다투는 동안 제일 마음에 걸렸던 건 뭐였어요?', '이번 일로 서로에 대해 새로 알게 된 게 있어요?'],
  },
  {
    id: 'discharged',
    emotion: 'joy',
    tells: /전역(?:했|함|이다|이야|!|(?=\s*[!ㅠㅜㅋㅎ~.]*$))|제대(?:했|함)|소집\s?해제(?:했|됐|됨)|민간인\s?(?:됐|됨|이다)/,
    unless: new RegExp(`${NOT_OWN_NEWS}|전역\\s?(?:하면|까지|날\\s?(?:까지|언제)|\\s?[0-9]+\\s?일\\s?(?:전|남))|언제`),
    fits: ['life_joy_good_news_general'],
    replies: [
      '전역 축하해요! 그동안 정말 고생 많았어요. 민간인이 되어 제일 먼저 하고 싶은 건 뭐예요?',
      '드디어 전역이네요, 진심으로 수고했어요! 그 시간을 버텨 낸 것만으로도 대단해요. 오늘은 어떻게 보낼 거예요?',
      '축하해요! 긴 시간 잘 견뎌 냈어요. 돌아오니 제일 반가운 건 뭐예요?',
    ],
    questions: ['복무하면서 제일 힘들었던 때는 언제였어요?', '이제 앞으로 해 보고 싶은 일은 뭐예요?'],
  },
  {
    // Tears of joy or of being moved: "울었어 ㅠㅠ 너무 좋아서", "신부 입장할 때 눈물이 터짐ㅋㅋ"
    // (session 34: read as grief, "요즘 잠은 잘 자고 밥은 잘 챙겨 먹고 있어요?").
    id: 'happy_tears',
    emotion: 'joy',
    tells: /(?:좋아서|기뻐서|행복해서|감동(?:해서|받아서|이라|적이라)?|벅차서|고마워서|뿌듯해서|설레서)\s?(?:[가-힣]+\s)?(?:울었|울어|눈물|울컥)|(?:울었|울어|눈물|울컥)[^.?!]{0,12}(?:너무\s?)?(?:좋아서|기뻐서|행복해서|감동|벅차|고마워서)|(?:결혼식|입장|졸업식|축가|프러포즈|프로포즈|상견례|시상식)[^.?!]{0,20}(?:눈물|울었|울컥|울어)[^.?!]{0,10}[ㅋㅎ]/,
    unless: new RegExp(`슬퍼|서러|속상|억울|외로|힘들|아파|그리워|보고\\s?싶|돌아가|떠났|헤어|미안해서|죄송해서`),
    fits: ['life_joy_family_moved_by_news', 'parenting_child_sweet_moment', 'dating_partner_surprise', 'friends_comforted_by_friend', 'friends_wedding_attended', 'dating_got_engaged', 'life_health_good_result', 'marriage_pregnancy_news', 'work_promotion'],
    replies: [
      '좋아서 눈물까지 났군요. 그만큼 마음이 크게 움직였나 봐요. 어떤 순간이었어요?',
      '기뻐서 흘리는 눈물은 참 따뜻하죠. 무엇이 그렇게 마음을 벅차게 했어요?',
      '마음이 벅차오르면 눈물이 먼저 나기도 해요. 그 순간을 조금 더 들려줄래요?',
    ],
    questions: ['그 순간 곁에 누가 있었어요?', '요즘 또 그렇게 마음이 벅찼던 순간이 있어요?'],
  },
  {
    // A break-up told as a relief ("드디어 헤어졌다ㅋㅋ"): relief and loss at once, so the reply asks which leads.
    id: 'breakup_relief',
    emotion: 'neutral',
    tells: /(?:드디어|겨우)\s?(?:헤어졌|헤어짐)|(?:남친|여친|남자\s?친구|여자\s?친구|애인|그\s?사람|걔)(?:랑|이랑|하고|와|과)\s?(?:드디어\s?)?(?:정리했|정리함|끝냈|끝냄)[^.?!]{0,10}(?:시원|후련|홀가분|좋)|(?:헤어졌|헤어짐)[^.?!]{0,10}(?:오히려\s?(?:좋|잘|나아|편해)|속\s?(?:이\s?)?(?:다\s?)?시원|후련|홀가분|자유)/,
    unless: new RegExp(`${NOT_OWN_NEWS}|헤어졌으면|헤어질까|헤어지고\\s?싶|눈물|울었|슬퍼|힘들|보고\\s?싶|잡고\\s?싶`),
    fits: ['breakup_moved_on', 'breakup_initiated_guilt', 'conv_bittersweet'],
    replies: [
      '드디어 정리했군요. 마음먹기까지 오래 걸렸을 것 같아요. 지금은 홀가분한 마음이 더 커요, 아니면 그래도 허전한 마음이 조금 있어요?',
      '끝내기로 한 것도, 끝내고 나서 후련한 것도 다 그럴 수 있는 마음이에요. 그동안 그 관계 안에서 많이 지쳤었나 봐요. 요즘은 어떤 게 제일 가볍게 느껴져요?',
      '속이 시원하다니, 그동안 참 많이 참아 왔나 봐요. 이제 그 시간을 스스로를 위해 써도 돼요. 제일 먼저 해 보고 싶은 게 있어요?',
    ],
    questions: ['그 관계에서 제일 힘들었던 건 뭐였어요?', '요즘 혼자인 시간은 어떻게 보내고 있어요?'],
  },
  {
    // Someone close seen off to the army: pride and an empty place at once (session 34: "오늘 아들 군대 보냈어요" got "지금 기분은 어떤 편이에요?").
    id: 'sent_to_army',
    emotion: 'sadness',
    tells: /(?:아들|남친|남자\s?친구|남동생|동생|오빠|형|애인|조카|손자|손주|신랑|남편|큰애|작은애)(?:을|를|이|가)?\s?(?:[가-힣]+\s){0,2}(?:군대|입대|훈련소|입영)(?:에|로)?\s?(?:보냈|보내고|데려다\s?(?:줬|주고)|들여보냈|배웅)|(?:군대|훈련소)\s?(?:보내고\s?(?:왔|오는)|앞에서\s?(?:헤어|보내))/,
    unless: new RegExp(`보낼|보내야|간대|간다|가요\\s?$|갈\\s?거|예정|다음\\s?(?:주|달)|전역|제대|휴가|면회`),
    fits: ['conv_bittersweet'],
    replies: [
      '보내고 오는 길이 얼마나 허전했을지요. 대견하면서도 걱정되는 마음이 한꺼번에 들 것 같아요. 들어가기 전에 무슨 이야기를 나눴어요?',
      '뒷모습을 보고 돌아서는 마음이 참 먹먹했겠어요. 잘 해낼 거라고 믿으면서도 자꾸 마음이 쓰이죠. 지금 마음은 좀 어때요?',
      '한동안 빈자리가 크게 느껴질 것 같아요. 그 빈자리만큼 아끼는 마음이 크다는 뜻이겠죠. 오늘 하루는 어떻게 보내고 있어요?',
    ],
    questions: ['편지나 연락은 어떻게 주고받을 수 있대요?', '그 빈자리가 제일 크게 느껴지는 때는 언제예요?'],
  },
  {
    // Confessed to, not yet an answer or a no: glad and unsure at once.
    id: 'confessed_to',
    emotion: 'neutral',
    tells: /고백(?:을)?\s?받(?:음|았|았어|았다|았어요|아\s?버렸)/,
    unless: new RegExp(`${NOT_OWN_NEWS}|거절당|차였|받아\\s?줬|받아줌|사귀기로|1일`),
    fits: ['love_crush_flutter', 'love_confess_success', 'love_situationship_unclear'],
    replies: [
      '고백을 받았군요! 설레기도 하고 마음이 복잡하기도 하겠어요. 그 사람한테는 어떤 마음이에요?',
      '누군가 마음을 전해 왔다니, 어떤 대답을 하든 특별한 하루였겠어요. 고백받은 순간 기분이 어땠어요?',
      '와, 그런 일이 있었군요. 갑작스러웠을 것 같기도 해요. 대답은 어떻게 하고 싶어요?',
    ],
    questions: ['그 사람과는 원래 어떤 사이였어요?', '대답하는 게 어렵게 느껴지는 부분이 있어요?'],
  },
  {
    // The user confessed, no answer told yet ("나 오늘 고백함", session 35: "네, 무슨 말인지 알 것
    // 같아요", and "ㅋㅋㅋ 미쳤지" next was told "오늘부터 1일이라니…"): the courage met, the outcome asked.
    id: 'confessed',
    emotion: 'neutral',
    tells: /(?:^|\s)(?:나|내가|저|제가|드디어|오늘|어제|방금|결국)?\s?(?:[가-힣]+(?:한테|에게)\s)?고백(?:함|했|햇|해\s?버렸|해버렸|해\s?벌임|질렀)/,
    unless: new RegExp(`${NOT_OWN_NEWS}|받|하고\\s?싶|할까|할지|하려|해야|못\\s?(?:했|함)|안\\s?(?:했|함)|거절|차였|까였|받아\\s?줬|사귀기로|1일|성공|오케이|좋다고|했으면|하면|했는데\\s?(?:망|차|까|거절)|했다가|답이\\s?없|답장|대답(?:이|을)?\\s?(?:없|안|못|기다)|읽씹|기다리`),
    fits: ['love_confess_success', 'love_confess_rejected', 'love_crush_flutter', 'love_situationship_unclear'],
    replies: [
      '와, 용기 냈네요! 마음을 전하기까지 얼마나 떨렸을지 느껴져요. 그래서 어떻게 됐어요?',
      '고백했다니 정말 큰 용기를 냈네요. 결과와 상관없이 그 자체로 멋진 일이에요. 지금 마음은 어때요?',
      '마음을 전했다니, 정말 떨리는 하루였겠어요. 어떤 말로 고백했어요?',
    ],
    questions: ['언제부터 좋아하게 됐어요?', '대답을 기다리는 동안은 어떻게 지내고 있어요?'],
  },
  {
    id: 'early_off',
    emotion: 'joy',
    tells: /칼퇴(?:함|했|다|!|(?=\s*[!ㅠㅜㅋㅎ~.]*$))|(?:퇴근|일)(?:을)?\s?일찍\s?(?:함|했|끝났|끝남)|일찍\s?퇴근(?:함|했)|조기\s?퇴근/,
    unless: new RegExp(`${NOT_OWN_NEWS}|못|하고\\s?싶|아파서|조퇴|눈치|혼나|잘렸`),
    fits: ['life_weekend_friday_finally', 'life_joy_good_news_general'],
    replies: [
      '칼퇴라니 최고네요! 이런 날은 저녁이 길어서 더 좋죠. 오늘 저녁은 뭐 하면서 보낼 거예요?',
      '일찍 끝난 날의 그 여유, 정말 소중하죠. 오늘은 스스로를 위해 뭘 해 주고 싶어요?',
      '오늘은 운이 좋은 날이네요! 해 지기 전에 퇴근하는 기분이 남다르죠. 어디로 가는 길이에요?',
    ],
    questions: ['요즘 일은 많이 바빴어요?', '남은 저녁 시간에 제일 하고 싶은 건 뭐예요?'],
  },
  {
    // A birthday no one knew of ("사실 오늘 생일이었어요 아무도 몰라요", session 34: "그 일이 마음에 깊이 남았겠어요").
    id: 'birthday_alone',
    emotion: 'hurt',
    tells: /생일(?:이었|인데|이야|이에요|이었어요|이었는데|이었거든|임)[^.?!]{0,24}(?:아무도|혼자|몰라|모르|연락\s?(?:없|안|하나)|축하\s?(?:못|안|한\s?마디))|(?:아무도|아무한테도)[^.?!]{0,10}생일(?:을|인\s?줄)?\s?(?:몰라|모르|안\s?챙)/,
    unless: new RegExp(`${NOT_OWN_NEWS}|남친|여친|남편|아내|애인|와이프|신랑|남자\\s?친구|여자\\s?친구`),
    fits: ['conv_birthday_alone', 'friends_birthday_forgotten'],
    replies: [
      '생일 축하해요. 늦었지만 제가 먼저 말하고 싶었어요. 아무도 몰라준 하루라 더 쓸쓸했겠어요. 오늘 하루는 어떻게 보냈어요?',
      '생일 축하해요, 진심으로요. 축하받고 싶은 날에 조용히 지나가면 마음이 더 허전하죠. 스스로에게 작은 선물 하나 해 준다면 뭘 주고 싶어요?',
      '오늘 태어나 줘서 고마워요. 누가 알아주지 않아도 소중한 날이에요. 지금 마음은 좀 어때요?',
    ],
    questions: ['예전 생일 중에 제일 기억에 남는 날은 언제예요?', '요즘 마음을 나눌 사람이 곁에 있어요?'],
  },
  {
    // Quitting by choice: relief and worry at once, so the reply asks which leads (job_loss is leaving against one's will).
    id: 'quit_job',
    emotion: 'neutral',
    tells: /퇴사\s?(?:했|함|완료|성공|확정|처리)|사표\s?(?:냈|던졌|수리)|(?:회사|직장|알바)(?:를|을)?\s?(?:드디어\s?)?그만\s?(?:뒀|둠)|마지막\s?출근\s?(?:했|함|이다|이야|날)/,
    unless: new RegExp(`${NOT_OWN_NEWS}|하고\\s?싶|할까|할지|하려|해야|잘렸|짤렸|해고|권고|입대|군대|올라오|홀가분|후련|시원|(?:는데|지만|데)\\s?[^.?!]{0,15}(?:후회|막막|불안|걱정|돈|무서|우울)`),
    fits: ['work_last_day_relief', 'work_resigned_anxious', 'conv_bittersweet'],
    replies: [
      '퇴사했군요. 큰 결정이었을 텐데 정말 수고 많았어요. 지금은 시원한 마음이 더 커요, 아니면 막막한 마음이 더 커요?',
      '그동안 버티느라 고생 많았어요. 끝내고 나니 어떤 마음이 제일 먼저 들어요?',
      '한 시절을 마무리했네요. 홀가분하기도 하고 마음이 복잡하기도 할 것 같아요. 앞으로는 어떻게 지내 볼 생각이에요?',
    ],
    questions: ['그만두기로 마음먹은 결정적인 계기가 있었어요?', '당분간은 어떻게 쉬고 싶어요?'],
  },
];

/** Varied user stories for scripts/catalogue/variety-report.ts (written for the check, no data-set text). */
export const VARIETY_STORIES: { tag: string; text: string }[] = [
  { tag: 'sad', text: '할머니가 어제 돌아가셨어요. 어릴 때 할머니가 저를 키워주셨는데 장례식장에서 멍하니 앉아만 있었어요.' },
  { tag: 'sad', text: '14년 키운 강아지가 오늘 아침에 무지개다리를 건넜어요. 밥그릇도 아직 못 치웠어요.' },
  { tag: 'sad', text: '3년 만난 사람이랑 헤어졌어요. 문자 하나로 끝났어요. 오늘은 그냥 펑펑 울고 싶어요.' },
  { tag: 'sad', text: '면접 망친 것 같아요. 준비한 것도 반도 말 못 했고 집에 오는 길에 눈물이 났어요.' },
  { tag: 'sad', text: '가장 친한 친구가 해외로 이민을 갔어요. 공항에서 인사하고 돌아오는데 너무 허전해요.' },
  { tag: 'sad', text: '자취한 지 일 년인데 주말마다 아무하고도 말을 안 해요. 너무 외롭고 쓸쓸해요.' },
  { tag: 'sad', text: '엄마가 수술을 받으셨는데 병실에서 주무시는 얼굴을 보니까 자꾸 눈물이 나요.' },
  { tag: 'sad', text: '수능 성적이 생각보다 너무 안 나왔어요. 일 년 동안 노력한 게 다 물거품이 된 것 같아 슬퍼요.' },
  { tag: 'anger', text: '부장이 회의 시간에 사람들 앞에서 제 기획안을 대놓고 깠어요. 밤새서 만든 건데 진짜 화가 나요.' },
  { tag: 'anger', text: '엄마가 내 방을 맘대로 뒤지고 일기까지 읽었어. 사생활이 없어 이 집은. 진짜 짜증나.' },
  { tag: 'anger', text: '친구가 내 험담을 다른 애들한테 하고 다녔대. 믿었던 만큼 너무 열받아.' },
  { tag: 'anger', text: '택배 기사님이 물건을 던져서 다 깨졌는데 회사는 책임 없다고만 해요. 어이가 없어요.' },
  { tag: 'anxiety', text: '내일이 기말고사인데 공부를 하나도 못 했어요. 떨어지면 어떡하죠. 심장이 두근거려요.' },
  { tag: 'anxiety', text: '건강검진에서 재검 받으라고 연락이 왔어요. 무슨 병이면 어떡하나 계속 불안해요.' },
  { tag: 'anxiety', text: '다음 주에 회사 구조조정 발표가 있대요. 잘릴까 봐 잠이 안 와요.' },
  { tag: 'hurt', text: '친구들이 저만 빼고 단톡방을 새로 만들었더라고요. 서운하고 상처받았어요.' },
  { tag: 'hurt', text: '아빠가 또 언니랑 저를 비교했어요. 나는 늘 모자란 자식인가 봐요.' },
  { tag: 'embarrassment', text: '발표하다가 말을 엄청 더듬었어요. 다들 저 보고 웃는 것 같았어요. 쥐구멍에 숨고 싶어요.' },
  { tag: 'embarrassment', text: '단톡방에 엉뚱한 사람 험담을 잘못 보냈어요. 너무 민망해서 얼굴을 못 들겠어요.' },
  { tag: 'joy', text: '오늘 첫 데이트 했어요! 한강에서 치킨 먹고 산책했는데 손 잡았어요. 설레서 잠이 안 와요.' },
  { tag: 'joy', text: '드디어 합격했어요! 삼 년 동안 준비한 시험인데 너무 기뻐서 눈물이 났어요.' },
  { tag: 'joy', text: '오랜만에 가족이랑 바다 여행을 왔어요. 날씨도 좋고 다들 웃고 있어서 행복해요.' },
  { tag: 'neutral', text: '그냥 평범한 일요일이에요. 빨래하고 청소하고 커피 한 잔 마시고 있어요.' },
  { tag: 'neutral', text: '요즘 그냥 심심해요. 딱히 기분이 좋지도 나쁘지도 않아요.' },
];

/**
 * Session 38 (songs): stories that share a mood but not a story, for the tie-break measure
 * (`npm run --silent recommend:variety -- --same-mood`): seven angry, seven sad, six anxious.
 */
export const SAME_MOOD_STORIES: { tag: string; text: string }[] = [
  { tag: 'anger', text: '상사가 오늘 회의에서 내 기획안을 사람들 앞에서 대놓고 깠어. 밤새 만든 건데 진짜 화나.' },
  { tag: 'anger', text: '엄마랑 또 싸웠어. 내 방을 맘대로 뒤지고 일기까지 읽었어. 진짜 짜증나.' },
  { tag: 'anger', text: '윗집이 새벽마다 쿵쿵거려서 잠을 못 자요. 올라가서 말해도 모른 척해요. 너무 화가 나요.' },
  { tag: 'anger', text: '남자친구가 약속을 또 까먹고 게임하고 있었어. 몇 번째인지 모르겠어. 열받아.' },
  { tag: 'anger', text: '손님이 반말하면서 소리를 지르고 갔어요. 제 잘못도 아닌데 사장님은 저한테만 뭐라 하고요. 억울하고 화나요.' },
  { tag: 'anger', text: '동생이 내 옷을 말도 없이 입고 나가서 얼룩까지 묻혀 왔어. 진짜 어이없고 짜증나.' },
  { tag: 'anger', text: '팀플에서 한 명이 아무것도 안 했는데 발표 때 자기가 다 한 것처럼 말했어요. 너무 분해요.' },
  { tag: 'sad', text: '할머니가 어제 돌아가셨어요. 어릴 때 저를 키워 주셨는데 아직 실감이 안 나요.' },
  { tag: 'sad', text: '5년 사귄 사람이랑 헤어졌어요. 집에 오니까 같이 찍은 사진만 보여서 눈물이 나요.' },
  { tag: 'sad', text: '키우던 고양이가 아파서 떠났어요. 아직도 현관에서 기다리고 있을 것 같아요.' },
  { tag: 'sad', text: '제일 친한 친구가 멀리 이사 가서 주말에 만날 사람이 없어요. 너무 쓸쓸해요.' },
  { tag: 'sad', text: '열심히 준비한 공모전에서 떨어졌어요. 나만 제자리인 것 같아서 슬퍼요.' },
  { tag: 'sad', text: '아빠가 요즘 많이 아프셔서 병원에 다니시는데 작아진 뒷모습을 보면 마음이 아파요.' },
  { tag: 'sad', text: '혼자 밥 먹고 혼자 잠드는 날이 계속돼요. 누구랑 이야기한 게 언제인지 모르겠어요. 우울해요.' },
  { tag: 'anxiety', text: '다음 주가 수능이에요. 망치면 어떡하죠. 요즘 손이 떨리고 잠이 안 와요.' },
  { tag: 'anxiety', text: '회사에서 권고사직 얘기가 돌아요. 다음 달 월세는 어떻게 내야 할지 너무 불안해요.' },
  { tag: 'anxiety', text: '내일 처음으로 큰 무대에서 노래해요. 실수할까 봐 심장이 계속 두근거려요.' },
  { tag: 'anxiety', text: '엄마 건강검진 결과가 나왔는데 재검을 받으래요. 나쁜 병일까 봐 걱정돼요.' },
  { tag: 'anxiety', text: '새 학교로 전학 가는데 친구를 못 사귈까 봐 무서워요.' },
  { tag: 'anxiety', text: '비행기 타는 게 너무 무서운데 다음 주에 출장을 가야 해요. 생각만 해도 숨이 막혀요.' },
];

/**
 * Session 41 (songs): stories whose subject is or is not romantic love, for the love-song demotion
 * (`npm run --silent eval:song-moods -- --lists`, tests/recommend/session41-songs.test.ts): eight about
 * something else (friends, work, school, family) and five about love.
 */
export const TOPIC_STORIES: { tag: 'other' | 'love'; text: string }[] = [
  { tag: 'other', text: '친구랑 크게 싸웠어. 내가 한 말 때문에 걔가 완전 삐졌는데 나도 억울해.' },
  { tag: 'other', text: '제일 믿었던 친구가 내 비밀을 다른 애들한테 다 말했어요. 너무 속상하고 배신감 들어요.' },
  { tag: 'other', text: '10년 친구랑 연락이 끊겼어요. 내가 뭘 잘못했는지도 모르겠고 그냥 슬퍼요.' },
  { tag: 'other', text: '팀장이 오늘도 나한테만 일을 몰아줬어요. 야근만 세 번째예요. 너무 지치고 서러워요.' },
  { tag: 'other', text: '회사에서 실수해서 부장님한테 엄청 깨졌어. 다들 보는 앞에서. 그만두고 싶다.' },
  { tag: 'other', text: '시험 망쳤어. 진짜 열심히 했는데 성적이 왜 이래. 나만 바보 같아.' },
  { tag: 'other', text: '재수까지 했는데 또 떨어졌어요. 부모님 얼굴을 못 보겠어요.' },
  { tag: 'other', text: '아빠랑 진로 때문에 또 싸웠어요. 내 얘기는 하나도 안 들어줘요. 답답하고 슬퍼요.' },
  { tag: 'love', text: '3년 사귄 남자친구랑 헤어졌어요. 아직도 연락 올까 봐 폰만 봐요.' },
  { tag: 'love', text: '짝사랑하던 선배한테 고백했는데 차였어. 너무 창피하고 슬퍼.' },
  { tag: 'love', text: '여자친구랑 또 싸웠어. 내 말은 안 듣고 자꾸 화만 내. 지친다.' },
  { tag: 'love', text: '헤어진 지 한 달 됐는데 아직도 그 사람 생각만 나요. 보고 싶어요.' },
  { tag: 'love', text: '남편이 요즘 나한테 관심이 없는 것 같아요. 대화도 없고 외로워요.' },
];

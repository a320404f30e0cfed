/**
 * What the community-sync setting says, in plain Korean. Every item must stay
 * true to what src/sync actually sends (see protocol.ts): update both together.
 */
export const COMMUNITY_SYNC_NOTICE = {
  title: '비슷한 마음의 사람들과 좋아요 나누기',
  summary:
    '켜면 내가 남긴 좋아요/별로예요를 익명으로 모아, 나와 비슷한 감정을 느낀 사람들이 좋아한 곡을 추천에 함께 보여 드려요. 기본값은 꺼짐이에요.',
  sentTitle: '보내는 것 (이것뿐이에요)',
  sent: [
    '곡 ID',
    '좋아요/별로예요',
    '추천 방식 (비슷한 감정 / 기분 전환)',
    '0.1 단위로 뭉뚱그린 감정 비율 (예: 슬픔 0.6, 불안 0.2)',
    '날짜(일 단위)',
    '매달 바뀌는 임의의 설치 ID',
  ],
  neverSentTitle: '절대 보내지 않는 것',
  neverSent: ['대화 내용', '일기', '정확한 시각', '기기 정보'],
  details: [
    '추천을 받아올 때도 0.1 단위로 뭉뚱그린 감정 비율과 추천 방식만 보내요.',
    '설치 ID는 이름, 계정, 전화번호와 연결되지 않은 임의의 값이고 매달 새로 바뀌어요.',
    '서버는 접속 주소(IP)를 요청이 너무 많은지 확인하는 데에만 잠깐 쓰고 저장하지 않아요.',
    '다섯 명 이상이 평가한 곡만 순위에 나타나서, 한 사람의 선택이 드러나지 않아요.',
    '인터넷이 없을 때는 기기에 모아 두었다가 연결되면 보내요.',
  ],
  turnOffNote: '끄면 바로 전송을 멈추고, 아직 보내지 않은 기록과 받아 둔 추천도 기기에서 지워요.',
} as const;

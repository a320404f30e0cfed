/**
 * Words of misfortune: losses, debts, fights, illness, failure. The model reads some such turns as
 * joy, surely: "카드론까지 받았어요 와이프는 몰라요" joy 0.83, "어제 밤에 둘이 싸우는 소리 들었는데
 * 오늘 아침에 말해줌" (a child told of a divorce) 0.81, "처음엔 재미로 만원씩 했는데" after "토토로 3천
 * 날렸어요" 0.92 (session 31), and got "듣는 제 마음까지 환해지는 소식이에요". A joy reflection is the
 * worst misreading there is, so where the turn or the two before it tell of misfortune, joy the turn
 * does not name is not reflected (the reply names no feeling), unless the turn tells it resolved.
 */
// Credit taken by someone else: "팀장이 내가 만든 자료로 승진 심사 발표했대" read as joy (session 36).
const MISFORTUNE =
  /가로채|가로챘|(?:내가|제가)\s?(?:만든|한|쓴|준비한|짠)\s?[^.?!]{0,12}(?:발표|보고|올렸|올라|냈)|(?:성과|공|아이디어)(?:를|을)?\s?(?:뺏|빼앗|훔쳐)|현타|죽을\s?(?:거|것)\s?같|(?:회복|재활)(?:이|은|도)?\s?(?:오래|더디|느리|느려|쉽지\s?않)|연세가\s?(?:있으|많으)|은퇴\s?(?:발표|한대|했|선언)|탈퇴(?:했|한대|발표)|해체(?:했|한대|발표|된대)|활동\s?중단|싸우|싸웠|싸움|이혼|날렸|날린|잃었|잃은|잃어|빚|대출|카드론|카드\s?값|돌려\s?막|독촉|사채|연체|파산|도박|토토|망했|망함|망쳤|떨어졌|탈락|잘렸|해고|권고사직|다쳤|입원|수술|사고\s?(?:났|나|당)|돌아가셨|죽었|헤어졌|차였|바람\s?(?:폈|피|났)|혼났|욕\s?(?:먹|했|을)|맞았|때렸|따돌|왕따|괴롭|무시당|실패|사기|떼였|떼인|전세\s?사기|체납|밀렸|못\s?받|진단|암이|종양|재발|유산|낙태|불임|난임|시험관|실직|폐업|적자|우울증|공황|자해|가출|실종|치매|몰래|숨기고|걸렸|입대|훈련소|가혹행위|갈굼|체불|임금\s?(?:안|못)|굶|토했|폭식|금단/u;
/** Misfortune told as over or undone: joy may be real ("빚 다 갚았어!", "수술 잘 끝났대"). */
// "회복이 오래 걸린대요" is no recovery (session 35: a 78-year-old's hip, told after the operation went well).
const RESOLVED = /갚았|해결|나았|완치|회복(?!이?\s?(?:오래|더디|느리|느려|안\s?되|쉽지|힘들))|합격|붙었|찾았|잘\s?(?:끝났|됐|되었|마쳤)|무사|괜찮대|괜찮다고|이겼|화해|풀었|풀렸|벗어났|끊었|양성/u;

export function toldMisfortune(text: string): boolean {
  return MISFORTUNE.test(text.normalize('NFC'));
}

export function toldResolved(text: string): boolean {
  return RESOLVED.test(text.normalize('NFC'));
}

import { detectSafety, ruleCheck } from '../src/chat/safety';
for (const t of process.argv.slice(2)) console.log(t, JSON.stringify(ruleCheck(t)), JSON.stringify(detectSafety(t, {})));

/**
 * What labelled data can't teach, written down as rules: the cues that make a comment spam, a scam or low effort.
 * Each cue has a stable id (the `reasons` of a score) and a sentence for people (REASON_TEXT). Cues also feed the
 * spam model as features, so the weight of each is learned from data where data has it; the low-effort cues decide
 * on their own, since no dataset here labels low effort.
 */
import type { NormalizedText, Token } from './text';

export type SpamCue = 'link' | 'external-link' | 'self-promotion' | 'asks-for-engagement' | 'money-offer';
export type ScamCue = 'contact-me' | 'phone-number' | 'investment-testimony' | 'recommends-account' | 'recovery-offer';
export type LowEffortCue = 'emoji-only' | 'mention-only' | 'one-word-praise' | 'generic-praise' | 'very-short';

export interface CommentCues {
  spam: SpamCue[];
  scam: ScamCue[];
  lowEffort: LowEffortCue[];
  /** Styled or look-alike letters (𝐢𝐧𝐯𝐞𝐬𝐭, ɪɴᴠᴇꜱᴛ). */
  styledLetters: boolean;
  /** Words (not emoji, mentions, links or numbers). */
  wordCount: number;
}

// Self-promotion: the writer points at their own channel, page or video.
const SELF_PROMOTION = [
  /\b(?:check|checkout|visit|see|watch|view|look at|go to|come to|hop on|stop by)\s*(?:out\s+)?(?:my|our|this|me on|me at)\s+(?:new\s+|youtube\s+|yt\s+|insta\s+|latest\s+|first\s+|own\s+)*(?:channel|page|vids?|videos?|music|songs?|covers?|website|web\s?site|site|blog|profile|account|ig|insta\w*|stuff|work|art|shop|store|store|link|raps?|beats?|mix(?:tape)?|playlist|tutorials?)\b/,
  /\bcheck\s+(?:this|it|dis)\s+out\b|\bcheck\s*out\s+(?:this|the)\s+(?:video|vid|channel|link|page|site|song)\b|\bcheck\s*out\s+(?:my|our)\s+(?:new\s+)?\w+/,
  /\blook\s+(?:me|us|him|her|them)\s+up\b|\bsearch\s+(?:for\s+)?["“]/,
  /\b(?:subscribe|sub|subs)\s+(?:to\s+)?(?:me|my|us|our)\b|\bfollow\s+(?:me|my|us|our)\b|\bfollow\s+for\s+more\b/,
  /\bmy\s+(?:new\s+|youtube\s+|yt\s+|own\s+|small\s+)*(?:channel|vlogs?|youtube)\b/,
  /\b(?:take\s+a\s+look\s+at|have\s+a\s+look\s+at)\s+(?:this|my|our)\s+(?:\w+\s+)?(?:video|vid|channel|page|song|track)\b|\bcheck\s+(?:me|us)\s+out\b/,
  /\b(?:see|hear|listen\s+to)\s+(?:my|our)\s+(?:new\s+|latest\s+)?(?:track|song|music|mix|beat|rap|cover|album|ep)\b/,
  // The same in Spanish and Portuguese (music videos draw comments in both): "mi canal", "suscríbanse", "meu canal".
  /\b(?:mi|meu|nuestro|nosso)\s+(?:nuevo\s+|novo\s+)?canal\b|\bsuscr[ií]b\w*|\bsubscr[ií]b(?:ete|anse|irse)\b|\binscrev\w*|\bvisit(?:en|a|em)\s+(?:mi|meu)\b|\bs[ií]g(?:ueme|anme)\b/,
  /\b(?:i|we)\s+(?:just\s+)?(?:started|made|make|upload|uploaded|post|posted|have)\s+(?:a|my|some|new|our)?\s*(?:youtube\s+)?(?:channel|videos?|vids|covers?|songs?|music)\b/,
];
// Requests for likes, subscribers or follows.
const ASKS_FOR_ENGAGEMENT = [
  // "please … subscribe", but not "please, I like it"; "please check it out", but not "please check your DMs".
  /\b(?:please|plz|pls|plss|plese|pleaase)\s+(?:(?!i\b|you\b|u\b|we\b|they\b)\w+\s+){0,2}(?:like|subscribe|sub|follow)\b/,
  /\b(?:please|plz|pls)\s+(?:\w+\s+){0,2}(?:check|share|support|watch|view|visit)\s+(?:it|my|our|this|out|me|us|and)\b/,
  /\b(?:like|subscribe|sub|follow|share)\s+(?:and|&|n)\s+(?:like|subscribe|sub|follow|share|comment)\b/,
  /\b(?:give|leave)\s+(?:it|me|this|us)\s+a\s+(?:like|thumbs)\b|\bthumbs\s+up\s+(?:so|if)\b|\blike\s+this\s+comment\b/,
  /\b(?:get|reach|need|hit|gain)\s+(?:to\s+)?\d+\s*k?\s+(?:subs|subscribers|followers)\b|\bsub\s*4\s*sub\b|\bfollow\s*4\s*follow\b/,
  // Vote campaigns ("please vote for …"): the same request pasted under every video.
  /\bplease\s+vote\b|\bvote\s+for\s+(?:us|me|my|our|him|her|them)\b/,
];
// Money for nothing: giveaways, paid views, work-from-home offers.
const MONEY_OFFER = [
  /\b(?:free|win|earn)\s+(?:\$\s?\d|money|cash|gift\s*cards?|iphones?|robux|v-?bucks|paypal)\b|\bmake\s+\$\s?\d/,
  /\b(?:work|working)\s+from\s+home\b|\bpaid\s+(?:to|for)\s+(?:watch|view|review)/,
  /\b(?:paying|giving(?:\s+out)?|funding|sending|blessing|gifting)\b.{0,40}\b(?:first|1st)\s*\(?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\)?\s*(?:people|persons|person|followers)\b/,
  /\bsign\s+up\s+(?:for|and|to|here|now|using)\b|\b(?:starter|sign[- ]?up|welcome)\s+bonus\b|\breferral\s+(?:link|code)\b|\bpromo\s+code\b/,
];
// Asking the reader to make contact off the platform, the first step of most scams.
const CONTACT_ME = [
  /\b(?:dm|pm|inbox|message|text|msg|contact|write to|reach out to)\s+(?:me|him|her|them|us|the|via|on|through)\b|\breach\s+(?:me|him|her|them|us)\s+(?:on|via|at|through)\b/,
  /\b(?:whats\s?app|watsapp|wa\.me|telegram|t\.me|signal|wechat|viber|kik|hangouts?|g-?mail|email)\b/,
  /\b(?:dm|message|inbox|contact|text|write\s+to|connect\s+with|reach\s+out\s+to)\s+(?:@|mr\.?\s|mrs\.?\s|ms\.?\s|dr\.?\s|this\s+number)|\b(?:by|via|in\s+my|in\s+the)\s+dms?\b/,
  /\b(?:hit|holla|ping)\s+(?:me|him|her)\s+(?:up\s+)?(?:in|on|via)?\s*(?:my|the|his|her)?\s*(?:dm|dms|inbox|pm)\b/,
  /\b(?:send|drop)\s+(?:me|him|her)\s+(?:a\s+)?(?:dm|pm|message|text|mail)\b|\bdm\s+(?:for|now|to)\b|\binbox\s+(?:for|now)\b/,
];
// A phone number: an international prefix, or separators in the places phone numbers have them (not 2.124.821.694 views).
const PHONE_NUMBER = /(?:^|[^\d.,])(?:\+\d{1,3}[\s.-]?\(?\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}|\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\d{3}[\s-]\d{3}[\s-]\d{4})(?![\d.,]\d)/;
const MONEY_AMOUNT = /[$€£₹]\s?\d|\b\d[\d,. ]*\s?(?:k\s)?(?:usd|dollars?|euros?|pounds|grands?|btc|eth|usdt)\b|\b\d+k\b/;
const FINANCE_WORDS =
  /\b(?:invest\w*|trad(?:e|es|ed|er|ers|ing)|profits?|payouts?|forex|fx|crypto\w*|bitcoin|btc|stocks?|options|binary|returns?|income|earn(?:ed|ing|ings)?|withdraw\w*|portfolio|financial|finance|wealth|debts?|bills|mentor|account\s+manager|signals|capital|funds)\b/;
const TESTIMONY =
  /\b(?:thank(?:s| you)|grateful|god\s*bless|changed my life|helped me|help of|guidance|recommend\w*|god\s*sent|blessing|legit|honest|trust\w*|testimon\w*|happy|i (?:made|earned|received|got|now)|made me)\b/;
/** A handle named after money (@west_trading01, businesswithcandace): the scams' signature. */
const FINANCE_HANDLE = /(?:trad(?:e|es|er|ing)|fx|forex|profit|wealth|invest|earn|money|financ|crypto|coin|capital|rich|business|income|signal|mining|bitcoin|btc)/;
/** The same in a hashtag, where coins' own tags (#btc, #babydogecoin) are chatter, not a scammer's handle. */
const FINANCE_HASHTAG = /(?:trad(?:e|es|er|ing)|fx|forex|profit|wealth|invest|earn|financ|capital|income|signals)/;
const RECOVERY = /\b(?:recover(?:ed|y)?|get (?:back|my money back)|retriev\w*|hack(?:ed|er)s?|lost (?:my )?(?:funds|money|account)|scam(?:med|mers?)?)\b/;

// One-word praise and the filler around it: what a pod or a bot can write under any post.
const PRAISE = new Set(
  (
    'nice cool great awesome amazing love loved lovely beautiful best good wow omg lol lmao haha hahaha fire lit goals dope cute perfect ' +
    'gorgeous stunning epic legend legendary queen king yes yess yay congrats congratulations bravo wonderful fantastic incredible ' +
    'brilliant superb excellent sweet fab slay slayed first fantastic beautiful wonderful pretty hot sick insane iconic adorable ' +
    'magnificent marvelous gorgeous classic vibes mood masterpiece banger goat amazin awsome amazingg nicee coool wooow ' +
    'thanks thank thx ty agreed agree facts true same yup yep yeah ok okay hi hello hey cheers well done'
  ).split(' '),
);
const FILLER = new Set(
  (
    'so very much really the a an this that it its it\'s is was what such you your u ur my i so soo just too ' +
    'video vid song post pic picture photo content job work one music track look looks looking shot bro man girl sis guys ' +
    'dude babe dear all always and of for on in keep up as usual again here there'
  ).split(' '),
);

const EMOJI_LIKE: ReadonlySet<Token['kind']> = new Set(['emoji', 'emoticon', 'exclaim', 'question']);

function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((pattern) => pattern.test(text));
}

/** Hosts of the sites Castlist reads: a link there stays on the platform (a shared video), not a way off it. */
const PLATFORM_HOST = /^(?:[\w-]+\.)*(?:youtube\.com|youtu\.be|instagram\.com|tiktok\.com|twitter\.com|x\.com|linkedin\.com)$/;

/** Links that point at a moment of the video the comment is under (YouTube's timestamps), not elsewhere. */
function isTimestampLink(url: string): boolean {
  return /(?:youtube\.com\/watch\?[^ ]*[?&]t=\d|youtu\.be\/[\w-]+\?t=\d)/.test(url);
}

export function commentCues(normalized: NormalizedText, tokens: readonly Token[]): CommentCues {
  const lower = normalized.text.toLowerCase().replace(/’/g, "'");
  const words = tokens.filter((token) => token.kind === 'word');
  const spam: SpamCue[] = [];
  const scam: ScamCue[] = [];
  const lowEffort: LowEffortCue[] = [];

  const links = tokens.filter((token) => token.kind === 'url' && !isTimestampLink(token.norm));
  if (links.length) spam.push('link');
  if (links.some((token) => !PLATFORM_HOST.test(/^(?:https?:\/\/)?([^/?#:]+)/.exec(token.norm)?.[1] ?? ''))) spam.push('external-link');
  if (matchesAny(SELF_PROMOTION, lower)) spam.push('self-promotion');
  if (matchesAny(ASKS_FOR_ENGAGEMENT, lower)) spam.push('asks-for-engagement');
  if (matchesAny(MONEY_OFFER, lower)) spam.push('money-offer');

  const finance = FINANCE_WORDS.test(lower);
  const money = MONEY_AMOUNT.test(lower);
  const mentions = tokens.some((token) => token.kind === 'mention');
  if (matchesAny(CONTACT_ME, lower)) scam.push('contact-me');
  if (PHONE_NUMBER.test(lower)) scam.push('phone-number');
  if ((money && (finance || TESTIMONY.test(lower))) || (finance && TESTIMONY.test(lower) && /\b(?:i|my|me)\b/.test(lower)))
    scam.push('investment-testimony');
  const handles = tokens.filter(
    (token) => token.kind === 'mention' || token.kind === 'hashtag' || (token.kind === 'word' && /_|\d|with[a-z]{3,}$/.test(token.norm)),
  );
  if (
    handles.some((token) => (token.kind === 'hashtag' ? FINANCE_HASHTAG : FINANCE_HANDLE).test(token.norm)) ||
    ((mentions || handles.length > 0) && (finance || money || /\b(?:recommend|reach out|contact|trade with|invest with)\b/.test(lower)))
  )
    scam.push('recommends-account');
  if (RECOVERY.test(lower) && (finance || money || /\b(?:helped|help|contact|reach)\b/.test(lower))) scam.push('recovery-offer');

  const substantive = tokens.filter((token) => !EMOJI_LIKE.has(token.kind));
  if (substantive.length === 0 && tokens.some((token) => token.kind === 'emoji' || token.kind === 'emoticon')) lowEffort.push('emoji-only');
  else if (substantive.length > 0 && substantive.every((token) => token.kind === 'mention')) lowEffort.push('mention-only');
  else if (words.length > 0 && substantive.every((token) => token.kind === 'word' && (PRAISE.has(token.norm) || FILLER.has(token.norm)))) {
    const praise = words.filter((token) => PRAISE.has(token.norm)).length;
    if (praise > 0 && words.length <= 2) lowEffort.push('one-word-praise');
    else if (praise > 0 && words.length <= 6) lowEffort.push('generic-praise');
  }
  if (lowEffort.length === 0 && spam.length === 0 && scam.length === 0 && words.length <= 2 && substantive.length <= 2 && !tokens.some((token) => token.kind === 'question'))
    lowEffort.push('very-short');

  return { spam, scam, lowEffort, styledLetters: normalized.styledLetters, wordCount: words.length };
}

/** Each reason in words, for the panel and the README. */
export const REASON_TEXT: Record<SpamCue | ScamCue | LowEffortCue | 'spam-wording' | 'duplicate' | 'asks-question' | 'specific', string> = {
  link: 'links to another page',
  'external-link': 'links off the social sites, to another website',
  'self-promotion': "promotes the writer's own channel, page or video",
  'asks-for-engagement': 'asks for likes, follows or subscribers',
  'money-offer': 'offers money, gifts or a sign-up bonus',
  'contact-me': 'asks readers to make contact (DM, WhatsApp, Telegram, e-mail)',
  'phone-number': 'gives a phone number',
  'investment-testimony': 'testifies to money made by investing or trading',
  'recommends-account': 'recommends another account for money matters',
  'recovery-offer': 'offers to recover lost money or accounts',
  'spam-wording': 'worded like known spam (on-device model)',
  duplicate: 'the same text appears from several accounts, or one account repeats it',
  'emoji-only': 'emoji only',
  'mention-only': 'only tags other accounts',
  'one-word-praise': 'one-word praise',
  'generic-praise': 'generic praise that fits any post',
  'very-short': 'two words or fewer',
  'asks-question': 'asks a question',
  specific: 'says something specific',
};

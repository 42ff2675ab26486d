/**
 * The readers' shared helpers: embedded JSON state, safe JSON access, sponsorship disclosures, agreed DOM text, and
 * merging what several sources say.
 */
import { describe, expect, test } from 'vitest';
import { type SourcedCount, exactCount } from '../../lib/count';
import type { CreatorReading, PostReading, ReaderProblem } from '../../lib/reading/reading';
import { agreedText, cleanText, firstAttribute, metaContent } from '../../lib/sites/dom-text';
import { readAssignedJson, readScriptJson } from '../../lib/sites/embedded-json';
import { asArray, asCountNumber, asRecord, asString, at, findAllUnderKey, findUnderKeys } from '../../lib/sites/json-path';
import { mergeCreator, mergePost, unresolvedProblems } from '../../lib/sites/merge';
import { ProblemLog } from '../../lib/sites/reader-problems';
import { hasSponsorshipDisclosure } from '../../lib/sites/sponsorship';

/** A fresh document whose body holds `html`. */
function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('page');
  doc.body.innerHTML = html;
  return doc;
}

/**
 * Inline scripts, one per text, in a container that is never connected to a document: as in a saved page, nothing
 * is run or fetched.
 */
function scripts(...texts: string[]): HTMLElement {
  const root = document.createElement('div');
  for (const text of texts) {
    const script = document.createElement('script');
    script.textContent = text;
    root.append(script);
  }
  return root;
}

const STATE = { responseContext: { visitorData: 'abc' }, contents: { list: [1, 2, { deep: 'x' }] } };

describe('readAssignedJson', () => {
  test.each([
    ['var x = {…};', `var ytInitialData = ${JSON.stringify(STATE)};`],
    ['without the semicolon', `var ytInitialData = ${JSON.stringify(STATE)}`],
    ['let', `let ytInitialData = ${JSON.stringify(STATE)};`],
    ['const', `const ytInitialData=${JSON.stringify(STATE)};`],
    ['a bare assignment', `ytInitialData = ${JSON.stringify(STATE)};`],
    ['window.x', `window.ytInitialData = ${JSON.stringify(STATE)};`],
    ['window["x"]', `window["ytInitialData"] = ${JSON.stringify(STATE)};`],
    ["window['x']", `window['ytInitialData'] = ${JSON.stringify(STATE)};`],
    ['code after the object', `var ytInitialData = ${JSON.stringify(STATE)};var meta = document.createElement('meta');`],
    ['an object after the object', `window.ytInitialData=${JSON.stringify(STATE)};window.__META__={"a":1};`],
    ['code ending in a brace after the object', `var ytInitialData = ${JSON.stringify(STATE)};if (window.ytcsi) {window.ytcsi.tick("pdr", null, '');}`],
    ['whitespace and indentation', `\n    var ytInitialData =\n      ${JSON.stringify(STATE, null, 2).replace(/\n/g, '\n      ')}\n    ;\n  `],
  ])('%s', (_name, text) => {
    expect(readAssignedJson(scripts(text), 'ytInitialData')).toEqual(STATE);
  });

  test.each([
    ['with nothing after it', `var ytInitialData = {"a":"};","b":{"c":"}; }"}};`, { a: '};', b: { c: '}; }' } }],
    ['with code after it', `var ytInitialData = {"a":"};","b":{"c":"};"}};var meta = {"x":"};"};`, { a: '};', b: { c: '};' } }],
  ])('a "};" inside a string value, %s', (_name, text, expected) => {
    expect(readAssignedJson(scripts(text), 'ytInitialData')).toEqual(expected);
  });

  test('skips scripts that assign something else, and scripts with src', () => {
    const doc = scripts('var other = {"a":1};', 'var ytInitialDataX = {"a":2};', 'var ytInitialData = {"a":3};');
    const external = document.createElement('script');
    external.setAttribute('src', 'https://www.youtube.com/s/app.js');
    external.textContent = 'var ytInitialData = {"a":0};';
    doc.prepend(external);
    expect(readAssignedJson(doc, 'ytInitialData')).toEqual({ a: 3 });
  });

  test('a script that is not JSON is passed over for the next one', () => {
    expect(readAssignedJson(scripts('var ytInitialData = {broken: true};', 'var ytInitialData = {"ok":true};'), 'ytInitialData')).toEqual({ ok: true });
  });

  test.each([
    ['no script at all', scripts()],
    ['no script for the variable', scripts('var ytInitialPlayerResponse = {"a":1};')],
    ['a variable whose name ends in the name', scripts('var notytInitialData = {"a":1};')],
    ['a property of another object', scripts('config.ytInitialData = {"a":1};')],
    ['an object that is not JSON', scripts('var ytInitialData = {a: 1};')],
    ['a truncated object', scripts('var ytInitialData = {"a": {"b": 1};')],
    ['no object', scripts('var ytInitialData = 5;')],
    ['an assignment that does not start the script', scripts(`${' '.repeat(10)}doSomething();${'x'.repeat(300)}; var ytInitialData = {"a":1};`)],
  ])('null with %s', (_name, doc) => {
    expect(readAssignedJson(doc, 'ytInitialData')).toBeNull();
  });

  test('a script whose text changed is read again', () => {
    const doc = scripts('var ytInitialData = {"n":1};');
    expect(readAssignedJson(doc, 'ytInitialData')).toEqual({ n: 1 });
    doc.querySelector('script')!.textContent = 'var ytInitialData = {"n":22};';
    expect(readAssignedJson(doc, 'ytInitialData')).toEqual({ n: 22 });
  });

  test('two variables of one page are read from their own scripts', () => {
    const doc = scripts('var ytInitialPlayerResponse = {"p":1};', 'var ytInitialData = {"d":1};');
    expect(readAssignedJson(doc, 'ytInitialData')).toEqual({ d: 1 });
    expect(readAssignedJson(doc, 'ytInitialPlayerResponse')).toEqual({ p: 1 });
    expect(readAssignedJson(doc, 'ytInitialData')).toEqual({ d: 1 });
  });
});

describe('readScriptJson', () => {
  test.each([
    ['JSON', '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"a":[1,2]}</script>', { a: [1, 2] }],
    ['JSON with whitespace around it', '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">\n  {"a":1}\n</script>', { a: 1 }],
    ['not JSON', '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{a:1}</script>', null],
    ['empty', '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">  </script>', null],
    ['missing', '<script id="other" type="application/json">{"a":1}</script>', null],
  ])('%s', (_name, html, expected) => {
    expect(readScriptJson(page(html), 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__')).toEqual(expected);
  });
});

describe('json-path', () => {
  const data = { a: { b: [{ c: 'x' }, null] }, n: 0 };

  test.each<[string, (string | number)[], unknown]>([
    ['a nested value', ['a', 'b', 0, 'c'], 'x'],
    ['no path: the value itself', [], data],
    ['a falsy value', ['n'], 0],
    ['a missing key', ['a', 'z'], undefined],
    ['through null', ['a', 'b', 1, 'c'], undefined],
    ['through a primitive', ['n', 'c'], undefined],
    ['past the end of an array', ['a', 'b', 5], undefined],
  ])('at: %s', (_name, path, expected) => {
    expect(at(data, ...path)).toEqual(expected);
  });

  test('at never throws on page data', () => {
    expect(at(undefined, 'a')).toBeUndefined();
    expect(at('text', 'length')).toBeUndefined();
  });

  test.each<[unknown, unknown[], string | null, Record<string, unknown> | null]>([
    [[1, 2], [1, 2], null, null],
    ['s', [], 's', null],
    [{ k: 1 }, [], null, { k: 1 }],
    [null, [], null, null],
    [undefined, [], null, null],
    [7, [], null, null],
  ])('asArray / asString / asRecord of %j', (value, array, string, record) => {
    expect(asArray(value)).toEqual(array);
    expect(asString(value)).toBe(string);
    expect(asRecord(value)).toEqual(record);
  });

  test.each<[string, unknown, number | null]>([
    ['zero', 0, 0],
    ['a number', 979_440, 979_440],
    ['a string of digits (X sends views as "979440")', '979440', 979_440],
    ['"0"', '0', 0],
    ['leading zeros', '007', 7],
    ['the largest safe integer', Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    ['the largest safe integer as a string', '9007199254740991', Number.MAX_SAFE_INTEGER],
    ['past the safe range', 2 ** 53, null],
    ['past the safe range as a string', '9007199254740993', null],
    ['17 digits', '12345678901234567', null],
    ['a huge number', 1e300, null],
    ['Infinity', Number.POSITIVE_INFINITY, null],
    ['NaN', Number.NaN, null],
    ['a negative number', -1, null],
    ['a negative string', '-5', null],
    ['a float', 1.5, null],
    ['a float string', '1.5', null],
    ['grouped digits', '1,234', null],
    ['a display count', '1.2K', null],
    ['exponent notation', '1e3', null],
    ['spaces', ' 12', null],
    ['an empty string', '', null],
    ['null', null, null],
    ['a boolean', true, null],
    ['an object', { count: 1 }, null],
  ])('asCountNumber: %s', (_name, value, expected) => {
    expect(asCountNumber(value)).toBe(expected);
  });

  test('findAllUnderKey: every value under the key, in document order, through arrays and objects', () => {
    const tree = { videoRenderer: { id: 1 }, items: [{ x: { videoRenderer: { id: 2 } } }, { videoRenderer: { id: 3 } }], tail: { videoRenderer: { id: 4 } } };
    expect(findAllUnderKey(tree, 'videoRenderer')).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }]);
  });

  test('findAllUnderKey: a found value is not searched again', () => {
    expect(findAllUnderKey({ k: { k: { k: 1 } } }, 'k')).toEqual([{ k: { k: 1 } }]);
  });

  test('findAllUnderKey: finds falsy values, and nothing in primitives', () => {
    expect(findAllUnderKey([{ k: 0 }, { k: null }, { k: '' }], 'k')).toEqual([0, null, '']);
    expect(findAllUnderKey('text', 'k')).toEqual([]);
    expect(findAllUnderKey(null, 'k')).toEqual([]);
    expect(findAllUnderKey({ a: 1 }, 'constructor')).toEqual([]); // only the value's own keys
  });

  test.each([
    [1, [0]],
    [3, [0, 1, 2]],
    [1_000, Array.from({ length: 50 }, (_, i) => i)],
  ])('findAllUnderKey: at most %i hits', (limit, expected) => {
    const tree = { list: Array.from({ length: 50 }, (_, i) => ({ k: i })) };
    expect(findAllUnderKey(tree, 'k', limit)).toEqual(expected);
  });

  test('findAllUnderKey: stops after maxNodes visited nodes', () => {
    const tree = { list: Array.from({ length: 100 }, (_, i) => ({ k: i })) };
    // root, the array, then one node per item: 10 nodes reach the first 8 items
    expect(findAllUnderKey(tree, 'k', 1_000, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(findAllUnderKey(tree, 'k', 1_000, 1_000_000)).toHaveLength(100);
  });

  test('findAllUnderKey: a deep tree does not overflow the stack', () => {
    let deep: unknown = { k: 'bottom' };
    for (let i = 0; i < 100_000; i++) deep = { next: deep };
    expect(findAllUnderKey(deep, 'k', 1_000, 1_000_000)).toEqual(['bottom']);
  });

  test('findUnderKeys: several keys in one walk, as [key, value] pairs in document order', () => {
    const tree = { a: 1, list: [{ b: 2 }, { a: 3, b: 4 }] };
    expect(findUnderKeys(tree, new Set(['a', 'b']))).toEqual([
      ['a', 1],
      ['b', 2],
      ['a', 3],
      ['b', 4],
    ]);
  });
});

describe('hasSponsorshipDisclosure', () => {
  test.each<[string | null | undefined, boolean]>([
    ['#ad', true],
    ['Loved this trip #ad', true],
    ['#AD at the start', true],
    ['#ad.', true],
    ['(#ad)', true],
    ['[#ad]', true],
    ['thanks!#ad', true],
    ['#ad, #travel', true],
    ['#ads', true],
    ['#sponsored', true],
    ['#Werbung', true],
    ['#anzeige', true],
    ['#reklaam', true],
    ['#sponsorisé', true],
    ['#pubblicità', true],
    ['#yhteistyössä', true],
    ['#gifted', true],
    ['Paid partnership with Nike', true],
    ['paid promotion', true],
    ['Includes paid promotion', true],
    ['Sponsored by NordVPN', true],
    ['in partnership with @brand', true],
    ['Bezahlte Partnerschaft mit Adidas', true],
    ['Partenariat rémunéré avec Nike', true],
    ['en partenariat rémunéré', true],
    ['Colaboración pagada con Zara', true],
    ['Parceria paga com Natura', true],
    ['#adventure', false],
    ['#advent', false],
    ['#adidas', false],
    ['#ad_free', false],
    ['#ad2', false],
    ['#adé', false],
    ['bad', false],
    ['ad', false],
    ['an ad for nothing', false],
    ['mid#ad', false],
    ['#werbungfrei', false],
    ['unpaid partnership', false],
    ['paid partnerships', false],
    ['sponsored byline', false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (text, expected) => {
    expect(hasSponsorshipDisclosure(text)).toBe(expected);
  });
});

describe('dom-text', () => {
  test.each<[string | null | undefined, string | null]>([
    ['  1.2K \n subscribers ', '1.2K subscribers'],
    ['\t\n ', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('cleanText(%j) = %j', (text, expected) => {
    expect(cleanText(text)).toBe(expected);
  });

  test.each<[string, string, readonly string[], string | undefined, { value: string | null; conflicting: boolean }]>([
    ['one match', '<span class="a">1.2K</span>', ['.a'], undefined, { value: '1.2K', conflicting: false }],
    ['matches that agree, whitespace aside', '<span class="a"> 1.2K</span><span class="a">1.2K \n</span>', ['.a'], undefined, { value: '1.2K', conflicting: false }],
    ['matches that disagree (a hidden stale copy)', '<span class="a">1.2K</span><span class="a">1.3K</span>', ['.a'], undefined, { value: null, conflicting: true }],
    ['empty matches are ignored', '<span class="a"> </span><span class="a">7</span>', ['.a'], undefined, { value: '7', conflicting: false }],
    ['the first selector with text wins', '<b class="x">first</b><i class="y">second</i>', ['.none', '.x', '.y'], undefined, { value: 'first', conflicting: false }],
    ['a conflict is not resolved by a later selector', '<b class="x">1</b><b class="x">2</b><i class="y">3</i>', ['.x', '.y'], undefined, { value: null, conflicting: true }],
    ['a selector with only empty matches falls through', '<b class="x"></b><i class="y">3</i>', ['.x', '.y'], undefined, { value: '3', conflicting: false }],
    ['no match', '<p>nothing</p>', ['.a', '.b'], undefined, { value: null, conflicting: false }],
    ['an attribute', '<a class="a" aria-label="1,234 likes"></a><a class="a" aria-label="1,234 likes"></a>', ['.a'], 'aria-label', { value: '1,234 likes', conflicting: false }],
    ['attributes that disagree', '<a class="a" aria-label="1"></a><a class="a" aria-label="2"></a>', ['.a'], 'aria-label', { value: null, conflicting: true }],
  ])('agreedText: %s', (_name, html, selectors, attribute, expected) => {
    expect(agreedText(page(html), selectors, attribute)).toEqual(expected);
  });

  test('firstAttribute: the first selector whose element has the attribute', () => {
    const doc = page('<a class="x"></a><a class="y" href="/@one"></a><a class="z" href="/@two"></a>');
    expect(firstAttribute(doc, ['.x', '.y', '.z'], 'href')).toBe('/@one');
    expect(firstAttribute(doc, ['.x'], 'href')).toBeNull();
  });

  test('metaContent: by property, then by name, cleaned', () => {
    const doc = document.implementation.createHTMLDocument('page');
    doc.head.innerHTML =
      '<meta name="og:title" content="by name"><meta property="og:title" content="  by\n property "><meta name="description" content="only name">';
    expect(metaContent(doc, 'og:title')).toBe('by property');
    expect(metaContent(doc, 'description')).toBe('only name');
    expect(metaContent(doc, 'missing')).toBeNull();
  });
});

describe('merge', () => {
  const count = (value: number) => exactCount(value);
  const log = () => new ProblemLog('test.page', 'page data');
  /** "12.3K" as X shows it: truncated, 12,300–12,399. */
  const shown = (value: number, max: number, text: string, source: SourcedCount['source'] = 'text'): SourcedCount => ({ value, min: value, max, exact: false, text, source });
  const exactFrom = (value: number, source: SourcedCount['source']): SourcedCount => ({ ...exactCount(value), source });

  test('exact beats rounded when the rounded range holds it, whichever source is first', () => {
    const header = shown(45_600, 45_699, '45.6K');
    const jsonLd = exactFrom(45_612, 'embedded');
    for (const [first, second] of [[header, jsonLd], [jsonLd, header]] as const) {
      const problems = log();
      const merged = mergeCreator({ handle: 'a', name: null, followers: first }, { handle: 'a', name: null, followers: second }, problems);
      expect(merged?.followers).toEqual(jsonLd);
      expect(problems.problems).toEqual([]);
    }
    const post = mergePost({ id: 'p', url: 'u', metrics: { likes: shown(3_400, 3_499, '3,4 k') } }, { id: 'p', url: 'u', metrics: { likes: exactFrom(3_418, 'attribute') } }, log());
    expect(post?.metrics.likes?.value).toBe(3_418);
  });

  test('an exact number outside the rounded range: neither is reported, and the log says why', () => {
    const problems = log();
    const merged = mergeCreator(
      { handle: 'a', name: null, followers: shown(45_600, 45_699, '45.6K'), following: count(12) },
      { handle: 'a', name: null, followers: exactFrom(12_345, 'embedded') },
      problems,
    );
    expect(merged?.followers).toBeUndefined();
    expect(merged?.following).toEqual(count(12));
    expect(problems.problems).toEqual([
      expect.objectContaining({ reader: 'test.page', field: 'creator.followers', code: 'ambiguous', detail: expect.stringMatching(/disagree.*45\.6K.*12345/) }),
    ]);
    const postProblems = log();
    const post = mergePost({ id: 'p', url: 'u', metrics: { views: shown(1_000, 1_999, '1K') } }, { id: 'p', url: 'u', metrics: { views: shown(3_000, 3_999, '3K') } }, postProblems);
    expect(post?.metrics.views).toBeUndefined();
    expect(postProblems.problems.map((problem) => problem.field)).toEqual(['post.views']);
  });

  test('two rounded readings: the narrower one when it lies inside the other', () => {
    const wide = shown(1_200_000, 1_299_999, '1.2M');
    const narrow = shown(1_230_000, 1_239_999, '1.23M');
    expect(mergeCreator({ handle: 'a', name: null, followers: wide }, { handle: 'a', name: null, followers: narrow }, log())?.followers).toBe(narrow);
    expect(mergeCreator({ handle: 'a', name: null, followers: narrow }, { handle: 'a', name: null, followers: wide }, log())?.followers).toBe(narrow);
  });

  test('two exact numbers are one count read at two moments: the first source’s, no problem', () => {
    const problems = log();
    expect(mergePost({ id: 'p', url: 'u', metrics: { views: count(1_856_110) } }, { id: 'p', url: 'u', metrics: { views: count(1_856_109) } }, problems)?.metrics.views).toEqual(count(1_856_110));
    expect(problems.problems).toEqual([]);
  });

  test('mergePost: the primary wins each field and each metric; the fallback fills what it lacks', () => {
    const primary: PostReading = { id: 'p', url: 'https://x.com/a/status/1', title: null, caption: 'from the API', metrics: { views: count(100), likes: count(10) } };
    const fallback: PostReading = {
      id: 'p',
      url: 'https://x.com/a/status/1?from=dom',
      title: 'from the DOM',
      caption: 'dom caption',
      sponsored: true,
      author: { handle: 'a' },
      metrics: { likes: count(9), comments: count(3) },
    };
    expect(mergePost(primary, fallback, log())).toEqual({
      id: 'p',
      url: 'https://x.com/a/status/1',
      title: 'from the DOM',
      caption: 'from the API',
      sponsored: true,
      author: { handle: 'a' },
      metrics: { views: count(100), likes: count(10), comments: count(3) },
    });
  });

  test('mergePost: false is a value, not a gap; the primary author wins', () => {
    const merged = mergePost(
      { id: 'p', url: 'u', sponsored: false, author: { handle: 'api' }, metrics: {} },
      { id: 'p', url: 'u', sponsored: true, author: { handle: 'dom' }, metrics: {} },
      log(),
    )!;
    expect(merged.sponsored).toBe(false);
    expect(merged.author).toEqual({ handle: 'api' });
  });

  test('mergePost and mergeCreator with a missing side', () => {
    const onePost: PostReading = { id: 'p', url: 'u', metrics: {} };
    const oneCreator: CreatorReading = { handle: 'h', name: null };
    expect(mergePost(onePost, null, log())).toBe(onePost);
    expect(mergePost(null, onePost, log())).toBe(onePost);
    expect(mergePost(null, null, log())).toBeNull();
    expect(mergeCreator(oneCreator, null, log())).toBe(oneCreator);
    expect(mergeCreator(null, oneCreator, log())).toBe(oneCreator);
    expect(mergeCreator(null, null, log())).toBeNull();
  });

  test('mergeCreator: primary counts and names win; null and missing fields are filled', () => {
    const merged = mergeCreator(
      { id: 'UC1', handle: null, name: 'API name', followers: count(1_000) },
      { handle: 'dom_handle', name: 'DOM name', followers: count(999), posts: count(50), verified: true },
      log(),
    );
    expect(merged).toEqual({ id: 'UC1', handle: 'dom_handle', name: 'API name', followers: count(1_000), posts: count(50), verified: true });
  });

  const problem = (field: string, code: ReaderProblem['code'] = 'not-found', reader = 'youtube.watch'): ReaderProblem => ({
    reader,
    field,
    code,
    detail: `${field} not in the source`,
  });

  test.each<[string, ReaderProblem[], CreatorReading | null, PostReading | null, string[]]>([
    [
      'problems of numbers another source found are dropped',
      [problem('creator.followers'), problem('post.likes'), problem('post.views')],
      { handle: 'h', name: null, followers: count(5) },
      { id: 'p', url: 'u', metrics: { likes: count(1) } },
      ['post.views:not-found'],
    ],
    [
      'a whole-creator or whole-post problem goes when the creator or post was found',
      [problem('creator'), problem('post')],
      { handle: 'h', name: null },
      { id: 'p', url: 'u', metrics: {} },
      [],
    ],
    [
      'and stays when it was not',
      [problem('creator'), problem('post'), problem('creator.followers'), problem('post.likes')],
      null,
      null,
      ['creator:not-found', 'post:not-found', 'creator.followers:not-found', 'post.likes:not-found'],
    ],
    [
      'the same field and code from two sources is reported once; another code stays',
      [problem('post.likes', 'not-found', 'youtube.watch'), problem('post.likes', 'not-found', 'youtube.watch.dom'), problem('post.likes', 'hidden')],
      null,
      { id: 'p', url: 'u', metrics: {} },
      ['post.likes:not-found', 'post.likes:hidden'],
    ],
    [
      'other scopes are kept',
      [problem('comments'), problem('comments')],
      { handle: 'h', name: null },
      { id: 'p', url: 'u', metrics: {} },
      ['comments:not-found'],
    ],
  ])('unresolvedProblems: %s', (_name, problems, creator, post, expected) => {
    expect(unresolvedProblems(problems, creator, post).map((kept) => `${kept.field}:${kept.code}`)).toEqual(expected);
  });

  test('unresolvedProblems keeps the first of duplicates, whole', () => {
    const first = problem('post.likes', 'not-found', 'youtube.watch');
    expect(unresolvedProblems([first, problem('post.likes', 'not-found', 'youtube.watch.dom')], null, null)).toEqual([first]);
  });
});

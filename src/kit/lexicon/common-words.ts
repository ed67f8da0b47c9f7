// Everyday English words that are often capitalised (sentence starts, headings, hashtags) but are
// not names. Lower-case. A capitalised word in this list, or with one of the endings below, never
// starts a person-name candidate on its own.

const words = (s: string): string[] => s.trim().split(/\s+/);

// Source: [derived] function words, auxiliaries, pronouns and discourse words of English.
const FUNCTION = words(`
a an the this that these those here there it its it's i i'm i've i'll i'd me my mine we we're we've we'll
we'd us our ours you you're you've you'll you'd your yours they they're their them he she his her him
who whom whose what which when where why how whoever whichever whatever and or but so yet nor for if
then than because since while although though unless until after before during about above across
against along among around at by down from in into near of off on onto out over past per through to
toward under up upon with within without via is are was were be been being am do does did done doing
have has had having can could will would shall should may might must not no yes yeah yep nope ok okay
all any both each every few many more most much neither none one other others several some such own
same very just only also even still already again ever never always often sometimes usually maybe
perhaps really actually honestly seriously literally basically finally quickly truly simply please
thanks thank thankyou hi hello hey dear welcome congrats congratulations wow omg lol oh ah yay hooray
bravo cheers sorry oops ugh hmm psst fyi btw pov tbt rip aww awww whoa woah wooo yikes phew
`);

// Source: [derived] common verbs, adjectives, nouns and adverbs of health-organisation posts.
const CONTENT = words(`
new big huge little small great good best better happy merry proud free open closed last next first
second third final another real true quick easy simple hard important special local early late old
young brave strong amazing awesome beautiful wonderful incredible fantastic excited thrilled grateful
lucky sweet kind warm safe healthy sick busy full whole live living daily weekly monthly annual
yearly today tonight tomorrow yesterday now soon later morning evening night afternoon weekend
week month year day days time times hour hours minute minutes moment life love hope faith joy peace
care health wellness help support team staff family families friends kids children parents people
community everyone everybody someone somebody anyone anybody nobody nothing something anything
everything news update reminder alert tip tips fact facts question questions answer note notice
warning important heads meet join call book visit stop come go get give take make keep let tell ask
talk say see look watch listen read learn know think feel need want try find share send bring check
start save grab swipe tap click follow like comment subscribe register sign vote walk run eat drink
sleep rest wash wear protect prevent schedule remember celebrate thank wish send enjoy spread stay
hold turn move show tag drop pick bring use buy sell win lose shop order rate rating ranking rated
happy birthday anniversary holiday holidays season seasons event events class classes program
programs group groups service services office clinic clinics hospital center centre practice
story stories journey milestone moment moments photo photos video videos episode series part
transformation makeover before after results result success graduation grad day's week's year's
smile smiles tooth teeth skin heart brain body mind mental physical emotional social personal
breaking exclusive introducing announcing presenting featuring coming opening closing reopening
flu shots shot vaccine vaccines screening screenings checkup checkups appointment appointments
lost found wanted missing hiring hired thanks fun funny sad scary hot cold dry wet cool nice
sneak peek behind scenes inside outside front back top bottom left right middle high low long short
dr doctor nurse patient patients mom dad baby sister brother son daughter grandma grandpa aunt uncle
sir madam folks guys ladies gentlemen friend friends neighbor neighbors everyone tuesday
boy girl man woman men women guy gal lady gentleman kid child teen teens adult adults senior seniors
shoutout shout-out spotlight congratulations kudos huge massive tiny quick shout throwback flashback
throwback meanwhile anyway also plus bonus extra pro tip myth truth real talk yes no maybe
proof science research study studies data evidence source sources according via per link bio
save limited offer deal deals discount code promo sale gift gifts prize giveaway contest winner winners
world national international global state city county town village area region neighborhood
morning afternoon evening noon midnight dawn dusk
`);

/** Lower-case everyday words that are never names by themselves. */
export const COMMON_WORDS: readonly string[] = [...FUNCTION, ...CONTENT];

// Source: [derived] English word endings that are rare in given names and surnames.
export const COMMON_SUFFIXES: readonly string[] = [
  'tion', 'sion', 'ment', 'ness', 'ity', 'ous', 'ful', 'less', 'able', 'ible', 'ive', 'ance', 'ence',
  'ism', 'ship', 'hood', 'logy', 'ally', 'edly', 'ized', 'ised', 'ical', 'ing',
];
/** A suffix marks a common word only when at least this many letters come before it. */
export const COMMON_SUFFIX_MIN_STEM = 3;

// Words that frame a sentence as something other than one patient's care: organisation events,
// public news, populations, privacy statements. Lower-case.

// Source: DOMAIN.md 1.6 phi/date traps ("flu clinic Oct 3", "closed July 4", observances) [derived].
export const ORG_EVENT_WORDS: readonly string[] = [
  'open', 'opens', 'opening', 'reopen', 'reopens', 'closed', 'closing', 'closes', 'event', 'events',
  'register', 'registration', 'rsvp', 'webinar', 'seminar', 'workshop', 'class', 'classes', 'fair', 'walk-ins',
  'walk-in', 'awareness', 'observance', 'fundraiser', 'gala', 'tickets', 'livestream', 'meets',
  'holiday', 'holidays', 'giveaway', 'free', 'sign-up', 'signup', 'enroll', 'enrollment', 'launch',
  'launching', 'ribbon', 'info', 'weeknights', 'weekdays', 'donate', 'donated', 'donating', 'donation',
  'donations', 'sponsored', 'sponsoring', 'raised', 'raffle', 'auction',
];
export const ORG_EVENT_PHRASES: readonly string[] = [
  'join us', 'flu clinic', 'flu shots', 'flu shot', 'clinic hours', 'office hours', 'holiday hours',
  'extended hours', 'our hours', 'opening hours', 'walk in', 'sign up',
  'no appointment', 'drop by', 'stop by', 'come by', 'save the date', 'save a spot', 'all are welcome',
  'everyone is welcome', 'no referral', 'no insurance', 'book at', 'book online', 'call to book',
  'health fair', 'blood drive', 'open house', 'support group', 'info session', 'every tuesday',
  'every wednesday', 'every thursday', 'every friday', 'every monday', 'every saturday', 'every sunday',
];

// Source: DOMAIN.md 1.6 traps ("public figures in news context", "celebrity health news quoted from
// public reporting") [derived].
export const NEWS_WORDS: readonly string[] = [
  'announced', 'announcement', 'reported', 'reports', 'reporting', 'according', 'headlines', 'press',
  'publicly', 'statement', 'revealed', 'disclosed', 'interview', 'told reporters', 'news', 'spoken about',
  'opened up', 'went public', 'told fans', 'memoir', 'podcast', 'documentary', 'talked openly', 'talks openly',
  'spoke openly', 'speaks openly', 'has spoken', 'has talked', 'historians', 'famously',
];
export const PUBLIC_TITLES: readonly string[] = [
  'senator', 'sen', 'governor', 'gov', 'president', 'congressman', 'congresswoman', 'congressperson', 'rep',
  'representative', 'mayor', 'councilmember', 'councilman', 'councilwoman', 'secretary', 'coach', 'judge',
  'justice', 'prince', 'princess', 'king', 'queen', 'pope', 'sir', 'dame', 'lord', 'lady',
];

// Source: DOMAIN.md 1.6 traps ("public figures in news context") [derived]: nouns that frame the
// name after them as a public figure ("singer Mara Vale", "former Senator Ellen Marsh").
export const PUBLIC_ROLES: readonly string[] = [
  'singer', 'actor', 'actress', 'rapper', 'comedian', 'athlete', 'olympian', 'quarterback', 'star', 'superstar',
  'celebrity', 'musician', 'host', 'anchor', 'influencer', 'youtuber', 'author', 'novelist', 'astronaut',
  'legend', 'icon', 'champion', 'player', 'pitcher', 'golfer', 'boxer', 'wrestler', 'rockstar', 'songwriter',
  'model', 'chef', 'broadcaster', 'journalist', 'lawmaker', 'politician', 'candidate', 'former', 'first lady',
];
// Source: [derived] verbs of a person's own public disclosure: with a public title or role before the
// name ("Senator Ellen Marsh, who shared that ..."), the health news is theirs, not the organisation's.
export const SELF_DISCLOSURE: readonly string[] = [
  'shared', 'shares', 'announced', 'announces', 'revealed', 'reveals', 'disclosed', 'discloses', 'confirmed',
  'confirms', 'posted', 'tweeted', 'told reporters', 'told fans', 'told followers', 'told the press',
  'said in a statement', 'said in an interview', 'opened up', 'opens up', 'went public', 'spoke openly',
  'speaks openly', 'spoke publicly', 'has spoken', 'wrote about', 'writes about',
];

// Source: [derived] what a public figure does on a visit ("Senator Alvarez toured our cancer center"):
// the care words of the sentence are the organisation's, not the visitor's.
export const PUBLIC_VISIT: readonly string[] = [
  'toured', 'tours', 'touring', 'visited', 'visits', 'visiting', 'met with', 'meets with', 'spoke', 'speaks',
  'joined us', 'joins us', 'attended', 'attends', 'honored', 'honoured', 'presented', 'unveiled', 'cut the ribbon',
  'signed', 'dedicated', 'hosted', 'welcomed', 'proclaimed', 'declared', 'launched', 'funded', 'delivered remarks',
];

// Source: DOMAIN.md 1.6 "Further traps: health facts about populations ('1 in 3 adults')" [derived].
export const POPULATION_WORDS: readonly string[] = [
  'adults', 'people', 'children', 'kids', 'teens', 'americans', 'men', 'women', 'seniors', 'anyone',
  'everyone', 'families', 'residents', 'percent', '%', 'most', 'many', 'those', 'population', 'cases',
  'rates', 'rate', 'average', 'statistics', 'research', 'study', 'studies', 'nationwide', 'nationally',
];

// Source: ADA guidance on review replies [S13] [derived]: statements that refuse to discuss care.
export const PRIVACY_PHRASES: readonly string[] = [
  "can't discuss", 'cannot discuss', 'can not discuss', 'never confirm', 'not confirm', "can't confirm",
  'cannot confirm', 'privacy laws', 'protect your privacy', "protect everyone's privacy", 'hipaa',
  'to protect', 'privacy',
];

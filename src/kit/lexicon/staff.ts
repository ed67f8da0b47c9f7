// Staff vocabulary: names that come with these are clinicians and employees, never patient PHI
// (DOMAIN.md 1.6 traps: "Dr., RN, NP, DDS, 'our nurse Ana'"). Lower-case.

// Source: [derived] titles written before a staff member's name ("Dr. Chen", "Nurse Ana", "Rev. Dana").
export const STAFF_TITLES: readonly string[] = [
  'dr', 'doctor', 'nurse', 'prof', 'professor', 'rev', 'reverend', 'pastor', 'chaplain', 'chef', 'dean',
];

// Source: professional credential abbreviations (AMA, ANA, ADA, NASW, AND, NCCPA listings) [derived]:
// written after a name ("Grace Obi, PharmD").
export const CREDENTIALS: readonly string[] = [
  'md', 'do', 'rn', 'np', 'pa', 'pa-c', 'aprn', 'arnp', 'fnp', 'fnp-c', 'fnp-bc', 'pmhnp', 'cnm', 'cpm',
  'crna', 'dnp', 'bsn', 'msn', 'lpn', 'lvn', 'cna', 'dds', 'dmd', 'rdh', 'phd', 'psyd', 'pharmd', 'rph',
  'lcsw', 'lmsw', 'lmft', 'lpc', 'lmhc', 'msw', 'bcba', 'rd', 'rdn', 'ld', 'cdces', 'cde', 'pt', 'dpt',
  'ot', 'otr', 'otr/l', 'slp', 'ccc-slp', 'aud', 'au.d', 'od', 'dc', 'dpm', 'mph', 'mba', 'facs', 'facp',
  'faap', 'facog', 'emt', 'emt-p', 'nrp', 'cpht', 'cma', 'rrt', 'ches', 'ibclc', 'clc', 'drph', 'ccrn',
  'cns', 'mbbs', 'do.', 'm.d', 'r.n', 'ph.d', 'cadc', 'lac', 'lcpc', 'cpss', 'crps', 'ma', 'rma', 'cmt', 'rt',
  'rvt', 'rdms', 'cst', 'cpt', 'ccma', 'rcp', 'cpnp', 'acnp', 'agpcnp', 'whnp', 'crnp', 'pa-s', 'bcps',
];

// Source: [derived] staff roles and job titles in healthcare organisations.
export const STAFF_ROLES: readonly string[] = [
  'nurse', 'nurses', 'doctor', 'doctors', 'physician', 'surgeon', 'dentist', 'hygienist', 'orthodontist',
  'pharmacist', 'technician', 'tech', 'techs', 'therapist', 'counselor', 'counsellor', 'psychologist',
  'psychiatrist', 'worker', 'chaplain', 'volunteer', 'volunteers', 'dietitian', 'nutritionist', 'midwife',
  'doula', 'paramedic', 'receptionist', 'scheduler', 'coordinator', 'manager', 'director', 'officer',
  'administrator', 'advocate', 'navigator', 'educator', 'specialist', 'assistant', 'aide', 'intern',
  'fellow', 'attending', 'hospitalist', 'anesthesiologist', 'radiologist', 'cardiologist', 'oncologist',
  'dermatologist', 'pediatrician', 'obstetrician', 'gynecologist', 'ob-gyn', 'audiologist', 'optometrist',
  'ophthalmologist', 'chiropractor', 'podiatrist', 'phlebotomist', 'sonographer', 'clerk', 'staff',
  'staffer', 'employee', 'colleague', 'colleagues', 'team', 'teammate', 'crew', 'provider', 'providers',
  'clinician', 'practitioner', 'ceo', 'president', 'founder', 'owner', 'cno', 'cmo', 'coo', 'cfo', 'ciso',
  'vp', 'lead', 'supervisor', 'trainee', 'housekeeper', 'custodian', 'prescriber', 'prescribers',
  'physiotherapist', 'physio', 'optician', 'consultant', 'interpreter', 'translator', 'surgeons', 'pharmacists', 'dentists', 'hygienists', 'rns',
];

// Source: BLS Standard Occupational Classification 2018, groups 29-0000 (healthcare practitioners and
// technical occupations) and 31-0000 (healthcare support occupations), as the job nouns posts use
// before a colleague's name ("our exercise physiologist Marco", "our phlebotomist Dee") [derived].
export const HEALTHCARE_OCCUPATIONS: readonly string[] = [
  'physiologist', 'technologist', 'radiographer', 'perfusionist', 'anesthetist', 'dosimetrist', 'medic',
  'emt', 'orthotist', 'prosthetist', 'dietician', 'acupuncturist', 'esthetician', 'aesthetician', 'injector',
  'masseuse', 'massage therapist', 'scribe', 'transporter', 'registrar', 'biller', 'coder', 'cashier',
  'greeter', 'caseworker', 'psychotherapist', 'neurologist', 'urologist', 'nephrologist', 'gastroenterologist',
  'endocrinologist', 'pulmonologist', 'rheumatologist', 'hematologist', 'neonatologist', 'intensivist',
  'pathologist', 'geneticist', 'periodontist', 'endodontist', 'prosthodontist', 'orthopedist', 'internist',
  'neurosurgeon', 'perinatologist', 'allergist', 'immunologist', 'otolaryngologist', 'proctologist',
  'sleep tech', 'lactation consultant', 'health coach', 'care manager', 'case manager', 'social worker',
  'medical assistant', 'nursing assistant', 'dental assistant', 'physician assistant', 'nurse practitioner',
  'nurse midwife', 'front desk', 'charge nurse', 'office manager', 'practice manager', 'doc', 'docs', 'np',
  'obgyn', 'pcp', 'cna', 'lpn', 'phlebotomists', 'techs', 'therapists', 'nurses', 'doctors', 'doulas',
  'midwives', 'navigators', 'schedulers', 'receptionists', 'chaplains', 'sonographers', 'dietitians',
  'physiologists', 'technicians', 'aides', 'assistants', 'coordinators', 'educators', 'counselors',
];

// Source: [derived] departments: "Carmen from environmental services" is staff.
export const DEPARTMENTS: readonly string[] = [
  'services', 'department', 'dept', 'pharmacy', 'lab', 'laboratory', 'radiology', 'billing',
  'housekeeping', 'facilities', 'security', 'nursing', 'admissions', 'marketing', 'communications',
  'nutrition', 'dietary', 'hr', 'it', 'finance', 'foundation', 'administration', 'leadership', 'histology',
  'desk', 'reception', 'office', 'front',
];

// Source: DOMAIN.md 1.6 ("shoutout to", employee spotlights) [derived]: sentences about staff.
export const STAFF_FRAMING: readonly string[] = [
  'spotlight', 'shoutout', 'shout-out', 'hiring', 'hired', 'retire', 'retires', 'retiring', 'retirement',
  'promoted', 'onboard', 'kudos', 'appreciation', 'trained', 'certified', 'board-certified',
  'residency', 'fellowship', 'co-lead', 'leads',
];
export const STAFF_FRAMING_PHRASES: readonly string[] = [
  'meet our', 'join our team', 'years of service', 'employee of the month',
  'volunteer of the year', 'nurse of the year', 'please welcome', 'welcome to the team', 'thank you to',
  'shout out', 'our own', 'accepting new patients', 'nurses week', "nurses' week", 'nurse appreciation',
  'staff appreciation', 'doctors day', "doctors' day", 'employee appreciation', 'happy retirement',
  'welcome to the team', 'work anniversary',
];

// Given names, lower-case. A capitalised word in this list is a likely person name even at the
// start of a sentence ("Harold says ..."). Ambiguous names that are also everyday words ("Grace",
// "Will", "May") are listed separately and count only with other evidence.

const words = (s: string): string[] => s.trim().split(/\s+/);

// Source: US Social Security Administration, "Top names of the 1920s-2010s" (popular baby names
// by decade, male and female), an abridged selection [derived], plus given names common in
// Hispanic, African American, South Asian, East Asian, African, Arabic and European-immigrant
// communities in the US [derived].
const SSA = words(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew
anthony donald mark paul steven andrew kenneth joshua kevin brian george edward ronald timothy jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas
zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean
austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan
juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny howard fred
harry ernest earl stanley leonard dale clarence chester herbert lloyd leroy norman melvin francis
theodore floyd alfred marvin vernon glenn warren leon lee gordon allen milton lester cecil clifford
herman elmer wallace otis hubert calvin oscar sam sidney curtis morris luther homer claude jim
tom dave steve mike bob bill dan ken tony ron don greg jeff chris matt nick ben alex jake danny
tommy jimmy eddie freddie charlie bobbie ricky mickey andy ted teddy jon josh zach luke liam mason
lucas oliver aiden jayden caleb owen hunter connor isaac landon evan carter julian wyatt levi
isaiah gavin colton jaxon asher cameron brody hudson easton grayson jeremiah xavier brayden declan
nolan miles dominic jace jaxson maverick ezra silas axel bentley kayden trevor travis shane derek
cody dustin marcus troy jared seth jeremiah corey brent brett chad todd darren darrell darryl
dwayne jermaine terrence tyrone andre darnell lamar cedric reginald maurice demetrius deandre
malik jamal tremaine marquis desmond rashad dante jalen terrell kendrick devon deshawn kareem
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia
joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline
martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia julia
marie denise beverly danielle marilyn amber theresa diana natalie brittany doris kayla alexis lori
tiffany rose isabella kathy tammy bonnie irene norma gladys mildred lillian florence rosemary ethel
edna thelma josephine pauline eleanor marjorie wanda lois esther louise peggy phyllis anita annie
ella geraldine juanita lucille beatrice bernice dolores vera viola agnes alma arlene betsy bertha
blanche carrie clara constance daisy della delores dianne edith effie elaine eloise elsie emma
eunice fannie faye gertrude gwendolyn harriet hattie hazel hilda ida imogene inez iris jeanette
jeannette jessie jo josie june kate katie lena leona lila lola lora loretta lorraine lottie lucy
luella mabel mae maggie mamie marcella margie marguerite marian marion marlene mattie maude maxine
minnie miriam muriel myrtle nellie nettie nora olga opal pearl rita roberta rosa rosalie ruby sadie
sally sue susie sylvia velma vivian wilma winifred yvonne colleen dawn jill joanne kristen
kristin kristina leslie lynn melanie monica renee shannon sheila stacy stacey tara tina tracy tracey
wendy whitney alyssa brianna chloe destiny gabriella grace haley jasmine jenna kaitlyn kylie
mackenzie makayla morgan paige riley sierra sydney taylor zoe ava mia harper aria scarlett layla
aubrey addison ellie stella natalia leah audrey savannah brooklyn claire skylar lillian nevaeh
penelope violet aurora hazel luna nova emilia willow everly ivy eliana naomi elena quinn madelyn
piper kinsley serenity allison gianna sadie lydia delilah valentina camila autumn mila eva isla
amelia charlotte evelyn aaliyah kennedy alaina alina aliyah ariana arianna ashlyn bailey
bella brooke caroline cassidy cecilia charlie delaney eden elise eliza erin esme fiona gemma georgia
gracie hailey hope isabel jada jade jocelyn jordyn josephine juliana julianna kaelyn kamila katelyn
kiara kendall lila lilly lyla maci madeline maya mckenzie melody molly nadia norah olive peyton
raelynn reagan rylee sage sienna sofia sophie summer talia vanessa vivienne ximena zara
tammy tonya keisha latoya tanisha shanice aisha ebony precious imani jasmine tiana kiana shaniqua
`);

// Source: [derived] given names common in US Hispanic, South Asian, East Asian, African, Arabic
// and other communities (census surname/given-name studies; no single list).
const COMMUNITIES = words(`
jose luis carlos jorge miguel pedro manuel francisco javier alejandro ricardo fernando raul rafael
sergio eduardo enrique hector mario roberto arturo ramon guillermo ignacio diego santiago mateo
matias sebastian emiliano joaquin andres angel jesus alberto oscar rodrigo gustavo cesar ruben
maria guadalupe juana josefina carmen rosa ana lucia sofia valeria camila ximena paola daniela
gabriela mariana fernanda alejandra adriana veronica claudia patricia leticia marisol esperanza
yolanda gloria araceli beatriz catalina dulce elena estela graciela isabel lourdes luz marta
mercedes pilar raquel rocio silvia teresa alma consuelo dolores inés ines
raj rahul amit vikram sanjay anil sunil ravi arjun rohan aarav vivaan aditya krishna vijay suresh
ramesh rajesh deepak manoj ajay kiran nikhil siddharth karan ashok prakash venkat srinivas
priya anjali ananya diya isha kavya meera neha pooja riya sanjana shreya sita lakshmi padma
deepa divya nisha rani sunita asha geeta kamala radha rekha shanti usha aarti swati jaya
wei ming li jun hui ling mei xiao yan jing chen hao jian lei tao yu hong fang lin qing
hiroshi takeshi kenji yuki haruto yuto sakura yui hana aiko keiko yoko mai akira
min-jun seo-yeon ji-woo ji-hoon hyun soo-ah jin
nguyen thanh minh anh linh tuan hung duc lan huong thu phuong quang
chinedu obinna chidi ifeanyi ngozi chioma amara oluwaseun olu tunde kemi funmi
kwame kofi kwasi ama akosua abena yaw esi efua
ahmed mohammed muhammad ali omar hassan hussein ibrahim yusuf khalid tariq karim samir nabil
fatima aisha layla yasmin mariam zainab noor leila amina salma hana rania dina sara
ivan dmitri sergei alexei nikolai olga natasha svetlana irina katya anya tatiana
piotr tomasz katarzyna agnieszka magdalena
giovanni giuseppe marco luca francesca giulia chiara alessandro
francois pierre jacques amelie margaux
hans klaus jurgen greta ingrid astrid sven lars erik
sean liam aidan siobhan niamh aoife ciara declan
kai ezekiel malachi josiah micah elias ezra gideon jonah reuben tobias
dwight wendell earl otis virgil clyde rufus irving sherman harvey percy walt
joey kenny ricky ronnie sonny tommie jerome jerald alvin elvin ervin marvin
 gwendolyn theodora cornelia augusta henrietta georgina philippa
butch chuck hank ike buddy biff
`);

/** Unambiguous given names, lower-case. */
export const FIRST_NAMES: readonly string[] = [...SSA, ...COMMUNITIES];

// Source: [derived] given names that are also everyday English words, months or places: a name
// only when something else says so (an honorific, a surname after it, a greeting in a reply).
export const AMBIGUOUS_FIRST_NAMES: readonly string[] = words(`
will grace hope faith joy may june april august rose mark bill frank sue pat art dawn summer autumn
amber crystal ruby violet iris ivy lily holly jade pearl harmony destiny angel precious major king
prince sky river brook chase hunter mason cash lane gray grey reed wade rich guy ray don jack gene
drew sandy rusty bob bud nick max les val cliff dale glen forrest woody dusty sunny candy ginger
olive honey sage carol christian dean miles price young wells jean penny heather daisy hazel ebony
misty rocky colt blaze royal legend creed justice patience charity trinity nova luna paris london
austin dallas houston phoenix jordan israel georgia carolina virginia dakota sierra savannah aspen
denver florence victoria sydney chelsea brooklyn madison lincoln kennedy carter taylor parker cooper
archer baker porter fisher bishop marshall sterling ace gunner skip chip mercy bliss journey serenity
melody willow autumn raven storm ocean rain sunny star hunter earl hank chuck butch
`);

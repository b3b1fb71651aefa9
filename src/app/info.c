#include "info.h"

#include "i18n.h"

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

static const struct info_para twitch_or_cramp[] = {
    {INFO_HEADING, N_("A twitch")},
    {INFO_TEXT, N_("A twitch is a small, quick flicker in one muscle. A "
                   "nerve sends a stray signal, and a few muscle fibres "
                   "tighten and let go again. Doctors call it a "
                   "fasciculation. You may see it under the skin, but it "
                   "does not move the joint and it seldom hurts.")},
    {INFO_HEADING, N_("A cramp")},
    {INFO_TEXT, N_("A cramp, or spasm, is bigger: a whole muscle, often "
                   "several at once, tightens hard and will not relax. It "
                   "feels firm and knotted to the touch and can hurt a lot. "
                   "It has more to do with the body's balance of water and "
                   "minerals than with a single nerve.")},
    {INFO_TEXT, N_("Both are common. Most of the time they are harmless "
                   "and pass by themselves.")},
};

static const struct info_para common_causes[] = {
    {INFO_HEADING, N_("Twitches")},
    {INFO_BULLET, N_("Stress and worry: the most usual reason. The eyelid, "
                     "the thumb and the calf twitch most often.")},
    {INFO_BULLET, N_("Tired, overworked muscles.")},
    {INFO_BULLET, N_("Coffee, strong tea, energy drinks and other "
                     "caffeine.")},
    {INFO_BULLET, N_("Side effects of some medicines.")},
    {INFO_TEXT, N_("Such a twitch comes and goes and usually stops within "
                   "a few days. Some people also sleep badly or feel "
                   "tingling at the same time.")},
    {INFO_HEADING, N_("Cramps")},
    {INFO_BULLET, N_("Hard or long exercise.")},
    {INFO_BULLET, N_("Too little water in the body, especially in the heat "
                     "or after sweating.")},
    {INFO_BULLET, N_("A lot of alcohol.")},
    {INFO_BULLET, N_("Pregnancy.")},
    {INFO_BULLET, N_("Some medicines.")},
    {INFO_BULLET, N_("Too little calcium or magnesium.")},
};

static const struct info_para rarer_causes[] = {
    {INFO_TEXT, N_("Nearly always, twitches and cramps have an everyday "
                   "cause. Only rarely are they a sign of an illness, and "
                   "then they seldom come on their own: other signs come "
                   "with them.")},
    {INFO_HEADING, N_("Twitches")},
    {INFO_TEXT, N_("Some conditions of the nerves and muscles: a damaged "
                   "nerve, fibromyalgia, muscular dystrophy, and, very "
                   "rarely, motor neurone disease (ALS). With these, the "
                   "muscle also becomes weak.")},
    {INFO_HEADING, N_("Cramps and stiffness")},
    {INFO_TEXT, N_("An underactive thyroid or a kidney problem. A nerve "
                   "pressed by a disc in the spine. Conditions that affect "
                   "the brain, such as a head injury, a stroke, cerebral "
                   "palsy or Parkinson's disease, can make muscles stiff.")},
    {INFO_TEXT, N_("If something here worries you, talk to a doctor: they "
                   "can find out what is behind it.")},
};

static const struct info_para what_helps[] = {
    {INFO_BULLET, N_("Stretch the muscle slowly and gently and hold the "
                     "stretch. Do not bounce.")},
    {INFO_BULLET, N_("Massage it: knead it softly with your fingers or "
                     "palm along the muscle.")},
    {INFO_BULLET, N_("Use it: walk about, or move the hand or foot for a "
                     "minute or two.")},
    {INFO_BULLET, N_("Warmth relaxes a tight muscle: a warm shower, a bath "
                     "or a warm towel.")},
    {INFO_BULLET, N_("Drink water through the day, more in the heat and "
                     "after exercise.")},
    {INFO_BULLET, N_("Against twitches: sleep enough, drink less coffee "
                     "and find time to unwind.")},
    {INFO_TEXT, N_("The routines in Limber take you through these "
                   "stretches and massages step by step.")},
};

static const struct info_para see_a_doctor[] = {
    {INFO_TEXT, N_("See a doctor when:")},
    {INFO_BULLET, N_("cramps keep coming back, or a cramp is so strong "
                     "that it will not ease;")},
    {INFO_BULLET, N_("a twitch comes with weakness, or the muscle seems to "
                     "be getting thinner;")},
    {INFO_BULLET, N_("twitching or stiffness began after a head injury;")},
    {INFO_BULLET, N_("a twitch has not gone away after a few weeks, or it "
                     "spreads to other parts of the body;")},
    {INFO_BULLET, N_("the leg is swollen, red or warm as well as "
                     "cramping.")},
    {INFO_TEXT, N_("Not sure? Ask a doctor. Limber gives general "
                   "information and does not replace medical advice.")},
};

static const struct info_page topics[INFO_TOPIC_COUNT] = {
    [INFO_TWITCH_OR_CRAMP] = {N_("Twitch or cramp?"), twitch_or_cramp,
                              COUNT(twitch_or_cramp)},
    [INFO_COMMON_CAUSES] = {N_("Common causes"), common_causes,
                            COUNT(common_causes)},
    [INFO_RARER_CAUSES] = {N_("Rarer causes"), rarer_causes,
                           COUNT(rarer_causes)},
    [INFO_WHAT_HELPS] = {N_("What helps"), what_helps, COUNT(what_helps)},
    [INFO_SEE_A_DOCTOR] = {N_("When to see a doctor"), see_a_doctor,
                           COUNT(see_a_doctor)},
};

static const struct info_para notice[] = {
    {INFO_TEXT, N_("Limber guides you through gentle stretching and "
                   "self-massage. It is not a medical device: it does not "
                   "diagnose or treat any illness.")},
    {INFO_BULLET, N_("Move slowly and stay within what feels comfortable. "
                     "If anything hurts, stop.")},
    {INFO_BULLET, N_("See a doctor if cramps keep coming back, if a twitch "
                     "comes with weakness, or if it began after a head "
                     "injury.")},
    {INFO_BULLET, N_("If you are pregnant, recovering from an injury or "
                     "living with an illness, ask your doctor which "
                     "exercises suit you.")},
};

static const struct info_page notice_page = {N_("Before you start"), notice,
                                             COUNT(notice)};

const struct info_page *info_topic_page(int topic)
{
    return topic >= 0 && topic < INFO_TOPIC_COUNT ? &topics[topic] : NULL;
}

const struct info_page *info_notice_page(void)
{
    return &notice_page;
}

void info_print_notice(FILE *out)
{
    fprintf(out, "%s\n\n", gettext(notice_page.title));
    for (int i = 0; i < notice_page.count; i++) {
        const struct info_para *p = &notice_page.paras[i];
        fprintf(out, "%s%s\n\n", p->kind == INFO_BULLET ? "* " : "",
                gettext(p->msgid));
    }
}

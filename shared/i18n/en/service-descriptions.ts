import type { ServiceId } from '../../catalogue/services';

/** A short description of each catalogue service in English; in no bundle (see ../nb/service-descriptions.ts). */
export const serviceDescriptions: Record<ServiceId, string> = {
  'emergency-113': 'Call 113 when a life may be in danger. Open day and night, free.',
  'police-112': 'Call 112 if someone is in danger from another person, or violence is happening now.',
  'legevakt-116117':
    'When it is urgent but not life-threatening. 116 117 puts you through to the local out-of-hours centre. Free to call, day and night.',
  'psykiatrisk-legevakt': 'Urgent help in a mental health crisis in Oslo, day and night. Call 116 117 and press 2.',
  'mental-helse-116123': 'Someone to talk to, by phone or chat. Day and night, free and anonymous. For adults.',
  'kirkens-sos':
    'Someone to talk to when life is hard. Phone day and night. You can also write a message and get an answer within 48 hours.',
  'alarmtelefonen-116111':
    'For children and young people who are having a hard time at home or face violence, and for adults worried about a child. Phone day and night.',
  'kors-pa-halsen':
    "The Red Cross's talk service for under-18s. Call or chat, anonymously. See the website for opening hours.",
  'vold-overgrepslinjen-116006':
    'For you if you face violence or abuse, or know someone who does. Day and night, free and anonymous.',
  'seksuelt-misbrukte-80057000':
    'For you if you have been sexually abused, now or in the past. Day and night, free and anonymous.',
  leve: 'Support and fellowship if you have lost someone to suicide. See the website for opening hours.',
  'vern-for-eldre':
    'For people over 62 who face violence or abuse, and their families. Weekdays 09–15, free and anonymous.',
  giftinformasjonen:
    'Advice day and night if someone may have taken something poisonous. If someone is in danger, call 113.',
  'veiledning-helsenorge': 'Help to find or change your GP. Not a crisis line. See the website for opening hours.',
  rusinfo: 'Answers to questions about alcohol, other drugs and gambling, by chat on the website. Weekdays 11–18.',
  parorende:
    'Support and advice if you are close to someone who is struggling. Free, and no referral needed. Ask your municipality.',
  fastlege:
    'Your GP can treat mild and moderate mental health problems and refer you on. Find your GP by logging in to Helsenorge.',
  'rask-psykisk-helsehjelp':
    'Free help from the municipality for new, mild to moderate anxiety, depression, stress or sleep problems. No referral. The aim is help within 1–2 weeks.',
  kommunepsykolog:
    'Many municipalities have psychologists who give free short-term treatment for mild and moderate problems. Contact the municipality or your GP.',
  'kommunal-psykisk-helsetjeneste':
    'Your municipality has services for treatment and follow-up, also for next of kin. Contact the municipality or your GP.',
  'oppsokende-team':
    'Help at home or where you live, if it is hard to get to appointments and problems are severe or complex. Contact the municipality.',
  frisklivssentral:
    'Help to change habits and cope with stress, low mood, sleep problems and alcohol. In over half of municipalities.',
  skolehelsetjenesten: 'The school nurse or the youth health centre can talk with you and help you further. Free.',
  dps: 'Specialist help for severe depression, severe anxiety or psychosis: outpatient clinic, mobile teams and inpatient care. Your GP refers you.',
  bup: 'Specialist help for children and young people. The GP, the school health service or child welfare can refer.',
  'e-mestring':
    'Online treatment with a therapist, about 14 weeks, for panic disorder, social anxiety or mild to moderate depression. Usually by GP referral.',
  'digital-selvhjelp':
    'Free tools approved by professionals, for stress, worry, mild to moderate anxiety and depression, and sleep. See the tool catalogue on Helsenorge.',
  'private-psykolog':
    'Often shorter waits and more choice, but it costs more and is usually not covered by public funding.',
};

import type { SafetyPlanMessages } from '../nb/my-plan';

/** My plan's texts in English. Typed against nb's keys: a missing key fails the type check. */
export const messages: SafetyPlanMessages = {
  'plan.intro': 'A plan in your own words, for the times when everything gets too much.',
  'plan.note':
    'The plan works best when you make it together with a therapist or your GP. Print it and bring it along. It is not an assessment of risk, and it does not replace 113: if a life is in danger, call 113.',
  'plan.saved': 'Saved in this browser.',
  'plan.saveFailed': 'The change could not be saved. Try again, or download a copy of the plan.',
  'plan.unreadable': "The plan could not be read from the browser's storage. Try reloading the page.",
  'plan.crisis': 'I need my plan now',
  'plan.print': 'Print',
  'plan.printed': 'Printed {date}',
  'plan.updated': 'Last changed {date}',
  'plan.remove': 'Remove',
  'plan.call': 'Call {name}',
  'plan.website': 'Website: {host}',

  'warningSigns.heading': 'My warning signs',
  'warningSigns.guidance':
    'Thoughts, feelings, situations or things you do that tell you a crisis may be coming. For example: "I stop answering messages."',
  'warningSigns.item': 'Warning sign {n}',
  'warningSigns.add': 'Add a warning sign',
  'onMyOwn.heading': 'What I can do on my own',
  'onMyOwn.guidance':
    'Things that help you through a hard moment without contacting anyone: going for a walk, listening to music, taking a shower, breathing slowly.',
  'onMyOwn.item': 'Something I can do {n}',
  'onMyOwn.add': 'Add something you can do',
  'breaks.heading': 'People and places that give me a break',
  'breaks.guidance':
    'People you can be with, and places you can go, that take your mind off things. You do not have to tell them how you feel.',
  'breaks.item': 'Person or place {n}',
  'breaks.add': 'Add a person or a place',
  'helpers.heading': 'People I can ask for help',
  'helpers.guidance':
    'Someone you trust and can tell when things are hard. Write their name and phone number, so you can call them with one tap.',
  'helpers.name': 'Name, person {n}',
  'helpers.phone': 'Phone, person {n}',
  'helpers.add': 'Add a person',
  'helpers.item': 'person {n}',
  'services.heading': 'Professionals and services I can contact',
  'services.guidance':
    'Some are filled in for you. Add the number of your GP and anyone else you see, and remove what you do not need.',
  'services.name': 'Name, service {n}',
  'services.phone': 'Phone, service {n}',
  'services.add': 'Add a service',
  'services.item': 'service {n}',
  'services.gp': 'My GP (fastlege)',
  'services.press2': 'then press 2',
  'services.municipality': '{name} municipality: mental health',
  'saferSurroundings.heading': 'Making my surroundings safer',
  'saferSurroundings.guidance':
    'What could make things safer around you in a hard moment? Some people ask someone they trust to keep things for them for a while. It can help to talk about this with your therapist.',
  'saferSurroundings.item': 'Something that makes it safer {n}',
  'saferSurroundings.add': 'Add something that makes it safer',
  'reasonsToLive.heading': 'What makes life worth living for me',
  'reasonsToLive.guidance':
    'People, animals, plans, something you look forward to or care about. Small things count too.',
  'reasonsToLive.item': 'Something that matters to me {n}',
  'reasonsToLive.add': 'Add something that matters',

  'crisis.progress': 'Step {n} of {total}',
  'crisis.next': 'Next',
  'crisis.back': 'Back',
  'crisis.close': 'To the whole plan',
  'crisis.end':
    'You have gone through your plan. If things are still hard, call one of the lines at the top. They answer day and night. If a life is in danger, call 113.',
  'crisis.endHeading': 'You are not alone',

  'file.heading': 'Keep a copy',
  'file.text':
    'Download the plan as a file, for instance to move it to another browser. The file is not encrypted: anyone who opens it can read the plan.',
  'file.name': 'my-plan',
  'file.export': 'Download the plan',
  'file.import': 'Load a plan from a file',
  'file.importHeading': 'Replace your plan?',
  'file.importFrom': 'The file was saved on {date}. This will be replaced:',
  'file.importCount': '{section}: {current} now, {incoming} from the file',
  'file.importConfirm': 'Replace my plan',
  'file.importCancel': 'Keep the plan I have',
  'file.imported': 'The plan from the file is loaded.',
  'file.notAPlan': 'This file is not a plan from Get help now.',
  'file.newer': 'The file was made by a newer version of the extension. Update the extension and try again.',
  'file.invalid': 'The file could not be read. It may be damaged.',

  'lock.heading': 'Lock the plan',
  'lock.text':
    'Do you share this computer? With a PIN or a passphrase the plan is encrypted in the browser. The emergency numbers still show while the plan is locked.',
  'lock.strength': 'A passphrase of several words is safer than a short PIN.',
  'lock.forget':
    'If you forget it, the plan cannot be recovered. Nobody can open it, not us either. You can then only delete it and start over.',
  'lock.secret': 'PIN or passphrase',
  'lock.repeat': 'Type it once more',
  'lock.set': 'Lock the plan',
  'lock.tooShort': 'Use at least 4 characters.',
  'lock.mismatch': 'The two are not the same.',
  'lock.on': 'The plan is locked with a code. It stays open in this tab until you close the tab or lock it.',
  'lock.now': 'Lock now',
  'lock.remove': 'Remove the lock',
  'lock.removed': 'The lock is removed.',
  'lock.locked': 'The plan is locked.',
  'locked.heading': 'The plan is locked',
  'locked.open': 'Open the plan',
  'locked.wrong': 'That code does not open the plan. Try again.',
  'locked.forgot': 'Forgot the code?',

  'aside.heading': 'A saved plan could not be read',
  'aside.text':
    'It is set aside, not deleted. You can download it and see if anything can be saved, or delete it. You can write a new plan here.',
  'aside.newer': 'It was saved by a newer version of the extension.',
  'aside.download': 'Download the plan that could not be read',
  'aside.drop': 'Delete the plan that could not be read',

  'delete.heading': 'Delete the plan',
  'delete.uninstall':
    'The plan exists only in this browser. If you uninstall the extension, the plan is deleted. Download a copy first if you want to keep it.',
  'delete.button': 'Delete my plan',
  'delete.confirm': 'Delete the plan? This cannot be undone.',
  'delete.yes': 'Yes, delete the plan',
  'delete.no': 'No, keep it',
  'delete.done': 'The plan is deleted. Nothing of it is stored any more.',

  'privacy.heading': 'Where the plan is',
  'privacy.text':
    'The plan is saved as you type, only in this browser (storage.local). It is not synced and is sent nowhere. We who made the extension never see it.',
};

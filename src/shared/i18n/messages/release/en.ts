/** The daily release session: its notice (the break window and Settings say the rest). */
export const releaseEn = {
  'release.noticeTitle': 'Your {minutes}-minute release session is open',
  'release.noticeBody':
    'Ball or roller holds at a tolerable 5–7 out of 10. Skip it if today is not the day.',
};

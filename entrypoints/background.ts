export default defineBackground(() => {
  // wired in lib/background (see README "Where things live")
});

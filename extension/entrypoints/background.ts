export default defineBackground(() => {
  // Wired up by the Clipper issue.
});

// The light build (no Redis clustering) that octokit's plugins load has the full build's API.
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}

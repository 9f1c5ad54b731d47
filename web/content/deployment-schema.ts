/**
 * What one deployment of Wegwijzer sets for itself (content/deployment.json): who answers for
 * the content. Validated at build; the app gets only what the build checked (the content manifest).
 */
import * as z from 'zod/mini';

export const DeploymentSchema = z.strictObject({
  $comment: z.optional(z.string()),
  contentOwner: z.strictObject({
    /**
     * Where "Klopt dit advies niet?" mails go. A plain address (no name, no "?" or "&"): it is
     * the path of a mailto: link, and only such an address can stand there unencoded.
     */
    email: z.email(),
  }),
});
export type Deployment = z.infer<typeof DeploymentSchema>;
export type ContentOwner = Deployment['contentOwner'];
